using LcPeers.Application.Common;
using LcPeers.Application.Common.Accounts;
using LcPeers.Application.Common.Security;
using LcPeers.Application.Lifecycle;
using LcPeers.Domain.Common;
using LcPeers.Domain.Requests;
using Mediator;
using Microsoft.Extensions.Options;

namespace LcPeers.Application.Matching.ApproveProposal;

/// <summary>
/// Staff approve a proposal; once approved (with four-eyes: by a second person) the expert is invited by email
/// (<see cref="Workflow.InviteExpert"/>). Two staff approving at once: the later one is taken again and sees the
/// proposal decided (409 <c>proposal.not-pending</c>).
/// </summary>
[RequiresRole(Roles.Staff)]
public sealed record ApproveProposalCommand(Guid Id) : ICommand<ProposalResponse>, IRetryOnConcurrencyConflict;

internal sealed class ApproveProposalHandler(ActorNames actorNames, ILcPeersDb db, ProposalLoader loader, ICurrentUser user, IOptions<MatchingOptions> options, IOptions<LifecycleOptions> lifecycle, TimeProvider time)
    : ICommandHandler<ApproveProposalCommand, ProposalResponse>
{
    public async ValueTask<ProposalResponse> Handle(ApproveProposalCommand command, CancellationToken ct)
    {
        var proposal = await loader.LoadAsync(command.Id, ct);
        var request = await loader.RequestOfAsync(proposal, ct);
        if (!request.IsOpen)
        {
            throw new BusinessRuleException(RuleCodes.Request.Closed, $"The request is {Codes<RequestStatus>.Of(request.Status)}; nobody is invited for it any more.");
        }

        proposal.Approve(user.Actor(), options.Value.RequireSecondApprover, time.GetUtcNow(), lifecycle.Value.InvitationAnswerWindow);
        await db.SaveChangesAsync(ct);
        return ProposalResponse.From(proposal, null, full: true, new Viewer(user.Actor(), IsStaff: true),
                await actorNames.ResolveAsync(ProposalResponse.ActorsOf(proposal), ct));
    }
}
