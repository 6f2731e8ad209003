using LcPeers.Application.Common;
using LcPeers.Application.Common.Auditing;
using LcPeers.Application.Common.Events;
using LcPeers.Domain.Auditing;
using LcPeers.Domain.Common;
using LcPeers.Domain.Matching;
using LcPeers.Domain.Requests;
using Microsoft.EntityFrameworkCore;

namespace LcPeers.Application.Requests.Workflow;

/// <summary>
/// The request has all its experts: it is matched (in progress when an earlier engagement already had its first
/// session), and the candidates still waiting are no longer needed.
/// </summary>
internal sealed class SettleFullyStaffedRequest(ILcPeersDb db) : IDomainEventHandler<RequestFullyStaffed>
{
    public const string SupersedeReason = "The request has all the experts it asked for.";

    public async Task Handle(RequestFullyStaffed e, CancellationToken ct)
    {
        var request = e.Request;
        if (e.From != request.Status)
        {
            db.Record(AuditEntityKinds.Request, request.Id.Value, AuditActions.Matched, Codes<RequestStatus>.Of(e.From), Codes<RequestStatus>.Of(request.Status), e.By, e.At);
            if (await db.Engagements.AnyAsync(x => x.RequestId == request.Id && x.StartedAt != null, ct))
            {
                request.MarkInProgress(e.By, e.At);
                db.Record(AuditEntityKinds.Request, request.Id.Value, AuditActions.InProgress, Codes<RequestStatus>.Of(RequestStatus.Matched),
                    Codes<RequestStatus>.Of(request.Status), e.By, e.At);
            }
        }

        var waiting = await db.Proposals
            .Where(p => p.RequestId == request.Id && (p.Status == ProposalStatus.Alternate || p.Status == ProposalStatus.Proposed))
            .OrderBy(p => p.Rank)
            .ToListAsync(ct);
        foreach (var proposal in waiting)
        {
            proposal.Supersede(e.By, SupersedeReason, e.At);
        }
    }
}
