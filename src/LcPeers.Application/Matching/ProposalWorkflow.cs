using LcPeers.Application.Common;
using LcPeers.Application.Common.Auditing;
using LcPeers.Application.Common.Exceptions;
using LcPeers.Domain.Common;
using LcPeers.Domain.Matching;
using LcPeers.Domain.Requests;
using Microsoft.EntityFrameworkCore;

namespace LcPeers.Application.Matching;

/// <summary>The steps that several proposal transitions share: loading, auditing, promoting the next alternate.</summary>
internal sealed class ProposalWorkflow(ILcPeersDb db)
{
    public async Task<Proposal> LoadAsync(Guid id, CancellationToken ct)
    {
        var proposalId = new ProposalId(id);
        return await db.Proposals.FirstOrDefaultAsync(p => p.Id == proposalId, ct) ?? throw new NotFoundException("Proposal", id);
    }

    public async Task<SupportRequest> RequestOfAsync(Proposal proposal, CancellationToken ct) =>
        await db.SupportRequests.FirstAsync(r => r.Id == proposal.RequestId, ct);

    public void Audit(Proposal proposal, string action, ProposalStatus from, string actor, DateTimeOffset now, string? reason = null) =>
        db.Record(Common.Auditing.Audit.Proposal, proposal.Id.Value, action, Codes<ProposalStatus>.Of(from), Codes<ProposalStatus>.Of(proposal.Status), actor, now, reason);

    /// <summary>After a rejection or decline, the best-ranked alternate of an open request takes the free place.</summary>
    public async Task PromoteNextAlternateAsync(SupportRequest request, string actor, DateTimeOffset now, CancellationToken ct)
    {
        if (!request.IsOpen)
        {
            return;
        }

        var next = await db.Proposals
            .Where(p => p.RequestId == request.Id && p.Status == ProposalStatus.Alternate)
            .OrderBy(p => p.Rank)
            .FirstOrDefaultAsync(ct);
        if (next is null)
        {
            return;
        }

        next.Promote(now);
        Audit(next, "promote", ProposalStatus.Alternate, actor, now);
    }

    /// <summary>A withdrawn or cancelled request no longer needs its waiting proposals: they are superseded (not sent on).</summary>
    public async Task SupersedeWaitingAsync(SupportRequest request, string actor, DateTimeOffset now, CancellationToken ct)
    {
        var waiting = await db.Proposals
            .Where(p => p.RequestId == request.Id && (p.Status == ProposalStatus.Alternate || p.Status == ProposalStatus.Proposed))
            .ToListAsync(ct);
        foreach (var proposal in waiting)
        {
            var from = proposal.Status;
            proposal.Supersede(now);
            Audit(proposal, "supersede", from, actor, now);
        }
    }
}
