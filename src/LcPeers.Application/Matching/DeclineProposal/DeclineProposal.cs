using System.Text.Json.Serialization;
using LcPeers.Application.Common;
using LcPeers.Application.Common.Security;
using LcPeers.Domain.Common;
using Mediator;

namespace LcPeers.Application.Matching.DeclineProposal;

/// <summary>The invited expert declines (optional reason); the next alternate is promoted (<see cref="Workflow.PromoteNextAlternate"/>).</summary>
[RequiresRole(Roles.Expert, Roles.Staff)]
public sealed record DeclineProposalCommand(string? Reason) : ICommand<ProposalResponse>, IRetryOnConcurrencyConflict
{
    [JsonIgnore]
    public Guid Id { get; init; }
}

internal sealed class DeclineProposalHandler(ILcPeersDb db, ProposalLoader loader, ICurrentUser user, TimeProvider time)
    : ICommandHandler<DeclineProposalCommand, ProposalResponse>
{
    public async ValueTask<ProposalResponse> Handle(DeclineProposalCommand command, CancellationToken ct)
    {
        var proposal = await loader.LoadInvitationAsync(command.Id, ct);
        proposal.Decline(user.Actor(), command.Reason, time.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return ProposalResponse.From(proposal, null, full: false, new Viewer(user.Actor(), IsOwnExpert: true));
    }
}
