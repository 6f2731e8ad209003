using LcPeers.Application.Common;
using LcPeers.Application.Common.Security;
using LcPeers.Application.Engagements.CompleteEngagement;
using LcPeers.Application.Engagements.Feedback;
using LcPeers.Application.Engagements.GetEngagement;
using LcPeers.Application.Engagements.Reports;
using LcPeers.Application.Engagements.CancelSession;
using LcPeers.Application.Engagements.RescheduleSession;
using LcPeers.Application.Engagements.ScheduleSession;
using LcPeers.Domain.Engagements;
using LcPeers.Domain.LearningCommunities;
using Microsoft.EntityFrameworkCore;

namespace LcPeers.Application.Engagements;

/// <summary>
/// Which participant the current user is in an engagement (staff, the LC's coordinators, its expert), as
/// <see cref="EngagementAccess.RoleAsync"/> decides it. A missing engagement is left to the handler (404).
/// </summary>
internal sealed class EngagementParticipation(ILcPeersDb db, EngagementAccess access)
{
    public const string NotParticipant = "Only the engagement's expert, the LC's coordinators and staff may do this.";

    public async ValueTask<AccessDecision> AuthorizeAsync(Guid engagementId, Func<EngagementRole?, AccessDecision> decide, CancellationToken ct)
    {
        var id = new EngagementId(engagementId);
        var engagement = await db.Engagements.AsNoTracking().FirstOrDefaultAsync(e => e.Id == id, ct);
        return engagement is null ? AccessDecision.Allow : decide(await access.RoleAsync(engagement, ct));
    }

    public ValueTask<AccessDecision> AnyParticipantAsync(Guid engagementId, CancellationToken ct) =>
        AuthorizeAsync(engagementId, role => AccessDecision.AllowIf(role is not null, NotParticipant), ct);
}

internal sealed class GetEngagementAuthorizer(EngagementParticipation participation) : IResourceAuthorizer<GetEngagementQuery>
{
    public ValueTask<AccessDecision> AuthorizeAsync(GetEngagementQuery message, CancellationToken ct) => participation.AnyParticipantAsync(message.Id, ct);
}

internal sealed class ScheduleSessionAuthorizer(EngagementParticipation participation) : IResourceAuthorizer<ScheduleSessionCommand>
{
    public ValueTask<AccessDecision> AuthorizeAsync(ScheduleSessionCommand message, CancellationToken ct) => participation.AnyParticipantAsync(message.EngagementId, ct);
}

internal sealed class RescheduleSessionAuthorizer(EngagementParticipation participation) : IResourceAuthorizer<RescheduleSessionCommand>
{
    public ValueTask<AccessDecision> AuthorizeAsync(RescheduleSessionCommand message, CancellationToken ct) => participation.AnyParticipantAsync(message.EngagementId, ct);
}

internal sealed class CancelSessionAuthorizer(EngagementParticipation participation) : IResourceAuthorizer<CancelSessionCommand>
{
    public ValueTask<AccessDecision> AuthorizeAsync(CancelSessionCommand message, CancellationToken ct) => participation.AnyParticipantAsync(message.EngagementId, ct);
}

/// <summary>Staff or the LC's coordinators close an engagement; its expert does not.</summary>
internal sealed class CompleteEngagementAuthorizer(EngagementParticipation participation) : IResourceAuthorizer<CompleteEngagementCommand>
{
    public ValueTask<AccessDecision> AuthorizeAsync(CompleteEngagementCommand message, CancellationToken ct) =>
        participation.AuthorizeAsync(message.Id, role => role switch
        {
            EngagementRole.Staff or EngagementRole.Coordinator => AccessDecision.Allow,
            EngagementRole.Expert => AccessDecision.Forbid("Staff or the LC's coordinators close an engagement."),
            _ => AccessDecision.Forbid(EngagementParticipation.NotParticipant),
        }, ct);
}

/// <summary>Feedback comes from the two sides of the engagement: the LC's coordinators and the expert.</summary>
internal sealed class GiveFeedbackAuthorizer(EngagementParticipation participation) : IResourceAuthorizer<GiveFeedbackCommand>
{
    public ValueTask<AccessDecision> AuthorizeAsync(GiveFeedbackCommand message, CancellationToken ct) =>
        participation.AuthorizeAsync(message.EngagementId, role => role switch
        {
            EngagementRole.Coordinator or EngagementRole.Expert => AccessDecision.Allow,
            EngagementRole.Staff => AccessDecision.Forbid("Feedback comes from the LC's coordinators or the engagement's expert."),
            _ => AccessDecision.Forbid(EngagementParticipation.NotParticipant),
        }, ct);
}

/// <summary>The engagement's expert (the peer reviewer) writes the report.</summary>
internal sealed class SubmitReportAuthorizer(EngagementParticipation participation) : IResourceAuthorizer<SubmitReportCommand>
{
    public ValueTask<AccessDecision> AuthorizeAsync(SubmitReportCommand message, CancellationToken ct) =>
        participation.AuthorizeAsync(message.EngagementId, role => role switch
        {
            EngagementRole.Expert => AccessDecision.Allow,
            null => AccessDecision.Forbid(EngagementParticipation.NotParticipant),
            _ => AccessDecision.Forbid("The engagement's expert (the peer reviewer) writes the report."),
        }, ct);
}

/// <summary>An LC's reviews are read by its coordinators and staff; a missing LC is left to the handler (404).</summary>
internal sealed class ListReviewsAuthorizer(ILcPeersDb db, LcAccess access) : IResourceAuthorizer<ListReviewsQuery>
{
    public async ValueTask<AccessDecision> AuthorizeAsync(ListReviewsQuery message, CancellationToken ct)
    {
        var lcId = new LearningCommunityId(message.LearningCommunityId);
        if (!await db.LearningCommunities.AnyAsync(lc => lc.Id == lcId, ct))
        {
            return AccessDecision.Allow;
        }

        return AccessDecision.AllowIf(await access.CanActForAsync(lcId, ct), "You can act only for the learning communities you coordinate.");
    }
}
