using System.Globalization;
using LcPeers.Application.Common;
using LcPeers.Application.Common.Auditing;
using LcPeers.Application.Common.Events;
using LcPeers.Application.Notifications;
using LcPeers.Domain.Auditing;
using LcPeers.Domain.Common;
using LcPeers.Domain.Engagements;

namespace LcPeers.Application.Engagements.Workflow;

/// <summary>An engagement began: it is audited and the expert and the LC's coordinators are introduced to each other.</summary>
internal sealed class IntroduceParticipants(ILcPeersDb db, Notifier notifier) : IDomainEventHandler<EngagementBegun>
{
    public async Task Handle(EngagementBegun e, CancellationToken ct)
    {
        var engagement = e.Engagement;
        db.Record(AuditEntityKinds.Engagement, engagement.Id.Value, AuditActions.Begin, null, Codes<EngagementStatus>.Of(engagement.Status), e.By, e.At,
            details: string.Create(CultureInfo.InvariantCulture, $"{{\"proposalId\":\"{engagement.ProposalId}\",\"requestId\":\"{engagement.RequestId}\"}}"));
        await notifier.IntroduceAsync(engagement, e.At, ct);
    }
}
