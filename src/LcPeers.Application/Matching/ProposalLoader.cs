using LcPeers.Application.Common;
using LcPeers.Application.Common.Exceptions;
using LcPeers.Application.Common.Security;
using LcPeers.Application.Experts;
using LcPeers.Domain.Matching;
using LcPeers.Domain.Requests;
using Microsoft.EntityFrameworkCore;

namespace LcPeers.Application.Matching;

/// <summary>Loads a proposal (tracked, for a command) and its request; for the invited expert, only what they may see.</summary>
internal sealed class ProposalLoader(ILcPeersDb db)
{
    public async Task<Proposal> LoadAsync(Guid id, CancellationToken ct)
    {
        var proposalId = new ProposalId(id);
        return await db.Proposals.FirstOrDefaultAsync(p => p.Id == proposalId, ct) ?? throw new NotFoundException("Proposal", id);
    }

    public async Task<SupportRequest> RequestOfAsync(Proposal proposal, CancellationToken ct) =>
        await db.SupportRequests.FirstAsync(r => r.Id == proposal.RequestId, ct);

    /// <summary>
    /// The invitation its expert answers. Only the proposal's own expert may (staff cannot answer for them): the
    /// authorization step settled that (<see cref="ProposalExpert.AnswerAsync"/>).
    /// </summary>
    public async Task<Proposal> LoadInvitationAsync(Guid id, CancellationToken ct)
    {
        var proposal = await LoadAsync(id, ct);
        if (proposal.Status is ProposalStatus.Alternate or ProposalStatus.Proposed or ProposalStatus.Rejected)
        {
            // Not approved yet (or never): to the expert it does not exist.
            throw new NotFoundException("Proposal", id);
        }

        return proposal;
    }
}
