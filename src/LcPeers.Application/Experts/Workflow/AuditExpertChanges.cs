using System.Globalization;
using LcPeers.Application.Common;
using LcPeers.Application.Common.Auditing;
using LcPeers.Application.Common.Events;
using LcPeers.Domain.Auditing;
using LcPeers.Domain.Experts;

namespace LcPeers.Application.Experts.Workflow;

/// <summary>
/// Who created or changed an expert profile, and when: staff may edit profiles on an expert's behalf. The entries
/// name the profile by its ID only; availability entries carry the hours and the maximum before and after.
/// </summary>
internal sealed class AuditExpertChanges(ILcPeersDb db)
    : IDomainEventHandler<ExpertRegistered>, IDomainEventHandler<ExpertProfileUpdated>, IDomainEventHandler<ExpertAvailabilityChanged>
{
    public Task Handle(ExpertRegistered e, CancellationToken ct)
    {
        db.Record(AuditEntityKinds.Expert, e.Expert.Id.Value, AuditActions.Register, null, null, e.By, e.At);
        return Task.CompletedTask;
    }

    public Task Handle(ExpertProfileUpdated e, CancellationToken ct)
    {
        db.Record(AuditEntityKinds.Expert, e.Expert.Id.Value, AuditActions.ProfileUpdated, null, null, e.By, e.At);
        return Task.CompletedTask;
    }

    public Task Handle(ExpertAvailabilityChanged e, CancellationToken ct)
    {
        db.Record(AuditEntityKinds.Expert, e.Expert.Id.Value, AuditActions.AvailabilityChanged, Summary(e.Previous), Summary(e.Expert.CurrentAvailability()), e.By, e.At);
        return Task.CompletedTask;
    }

    private static string Summary(ExpertAvailability a) =>
        string.Create(CultureInfo.InvariantCulture, $"{a.HoursPerMonth} h/month, at most {a.MaxConcurrentEngagements}, {a.Periods.Count} periods");
}
