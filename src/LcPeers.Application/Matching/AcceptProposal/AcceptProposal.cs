using LcPeers.Application.Common;
using LcPeers.Application.Common.Security;
using LcPeers.Domain.Common;
using LcPeers.Domain.Engagements;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LcPeers.Application.Matching.AcceptProposal;

/// <summary>
/// The invited expert accepts: an engagement starts and the expert and the LC's coordinators are introduced
/// (<see cref="Engagements.Workflow.IntroduceParticipants"/>); the acceptance that fills the request marks it matched
/// (<see cref="Requests.Workflow.SettleFullyStaffedRequest"/>). Every acceptance moves the request's version, so two
/// acceptances at the same moment clash and the later one is taken again, counting the other's engagement.
/// </summary>
[RequiresRole(Roles.Expert, Roles.Staff)]
public sealed record AcceptProposalCommand(Guid Id) : ICommand<ProposalResponse>, IRetryOnConcurrencyConflict;

internal sealed class AcceptProposalHandler(ILcPeersDb db, ProposalLoader loader, ICurrentUser user, TimeProvider time)
    : ICommandHandler<AcceptProposalCommand, ProposalResponse>
{
    public async ValueTask<ProposalResponse> Handle(AcceptProposalCommand command, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var proposal = await loader.LoadInvitationAsync(command.Id, ct);
        var request = await loader.RequestOfAsync(proposal, ct);
        var engagementsSoFar = await db.Engagements.CountAsync(e => e.RequestId == request.Id, ct);

        proposal.Accept(user.Actor(), now);
        request.TakeOnExpert(engagementsSoFar, user.Actor(), now);
        var engagement = Engagement.Begin(proposal, request, now);
        db.Engagements.Add(engagement);

        await db.SaveChangesAsync(ct);
        return ProposalResponse.From(proposal, engagement.Id.Value, full: false, new Viewer(user.Actor(), IsOwnExpert: true));
    }
}
