using LcPeers.Application.Common;
using LcPeers.Application.Common.Auditing;
using LcPeers.Application.Common.Events;
using LcPeers.Domain.Auditing;
using LcPeers.Domain.Common;
using LcPeers.Domain.Engagements;
using LcPeers.Domain.Requests;
using Microsoft.EntityFrameworkCore;

namespace LcPeers.Application.Engagements.Workflow;

/// <summary>A closed engagement is audited; when it was the request's last open one, the request is completed.</summary>
internal sealed class CompleteRequestAfterLastEngagement(ILcPeersDb db) : IDomainEventHandler<EngagementCompleted>
{
    public async Task Handle(EngagementCompleted e, CancellationToken ct)
    {
        var engagement = e.Engagement;
        db.Record(AuditEntityKinds.Engagement, engagement.Id.Value, AuditActions.Complete, Codes<EngagementStatus>.Of(EngagementStatus.Active),
            Codes<EngagementStatus>.Of(engagement.Status), e.By, e.At);

        var othersOpen = await db.Engagements.AnyAsync(x => x.RequestId == engagement.RequestId && x.Id != engagement.Id && x.Status == EngagementStatus.Active, ct);
        var request = await db.SupportRequests.FirstAsync(r => r.Id == engagement.RequestId, ct);
        if (!othersOpen && request.Status is RequestStatus.Matched or RequestStatus.InProgress)
        {
            var before = request.Status;
            request.Complete(e.By, e.At);
            db.Record(AuditEntityKinds.Request, request.Id.Value, AuditActions.Complete, Codes<RequestStatus>.Of(before), Codes<RequestStatus>.Of(request.Status), e.By, e.At);
        }
    }
}
