using System.Text.Json.Serialization;
using LcPeers.Application.Common;
using LcPeers.Application.Common.Accounts;
using LcPeers.Application.Common.Security;
using LcPeers.Domain.Common;
using Mediator;

namespace LcPeers.Application.Matching.RejectProposal;

/// <summary>Staff reject a proposal with a reason; the next alternate is promoted (<see cref="Workflow.PromoteNextAlternate"/>).</summary>
[RequiresRole(Roles.Staff)]
public sealed record RejectProposalCommand(string? Reason) : ICommand<ProposalResponse>, IRetryOnConcurrencyConflict
{
    [JsonIgnore]
    public Guid Id { get; init; }
}

internal sealed class RejectProposalHandler(ActorNames actorNames, ILcPeersDb db, ProposalLoader loader, ICurrentUser user, TimeProvider time)
    : ICommandHandler<RejectProposalCommand, ProposalResponse>
{
    public async ValueTask<ProposalResponse> Handle(RejectProposalCommand command, CancellationToken ct)
    {
        var proposal = await loader.LoadAsync(command.Id, ct);
        proposal.Reject(user.Actor(), command.Reason!, time.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return ProposalResponse.From(proposal, null, full: true, new Viewer(user.Actor(), IsStaff: true),
                await actorNames.ResolveAsync(ProposalResponse.ActorsOf(proposal), ct));
    }
}
