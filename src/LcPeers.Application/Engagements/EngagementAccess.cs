using LcPeers.Application.Common;
using LcPeers.Application.Common.Exceptions;
using LcPeers.Application.Common.Security;
using LcPeers.Application.Experts;
using LcPeers.Application.Notifications;
using LcPeers.Domain.Common;
using LcPeers.Domain.Engagements;
using Microsoft.EntityFrameworkCore;

namespace LcPeers.Application.Engagements;

/// <summary>Who an engagement is for: staff, the LC's coordinators and the engagement's expert.</summary>
internal enum EngagementRole
{
    Staff,
    Coordinator,
    Expert,
}

/// <summary>Loads an engagement (with its sessions) for a participant and shapes responses.</summary>
internal sealed class EngagementAccess(ILcPeersDb db, ICurrentUser user, LcAccess lcAccess, Notifier notifier, TimeProvider time)
{
    /// <summary>
    /// Loads the engagement and the current user's role in it. Who may act was settled before the handler ran, by
    /// <see cref="EngagementParticipantAuthorizer{TMessage}"/> for the message's <see cref="IEngagementScoped"/>.
    /// </summary>
    public async Task<(Engagement Engagement, EngagementRole? Role)> LoadAsync(Guid id, CancellationToken ct, bool tracking = true)
    {
        var engagementId = new EngagementId(id);
        var query = tracking ? db.Engagements.Include(e => e.Sessions) : db.Engagements.Include(e => e.Sessions).AsNoTracking();
        var engagement = await query.FirstOrDefaultAsync(e => e.Id == engagementId, ct) ?? throw new NotFoundException("Engagement", id);
        return (engagement, await RoleAsync(engagement, ct));
    }

    public async Task<EngagementRole?> RoleAsync(Engagement engagement, CancellationToken ct)
    {
        if (user.IsStaff())
        {
            return EngagementRole.Staff;
        }

        if (await lcAccess.CanActForAsync(engagement.LearningCommunityId, ct))
        {
            return EngagementRole.Coordinator;
        }

        var expert = await db.Experts.AsNoTracking().FirstAsync(e => e.Id == engagement.ExpertId, ct);
        return user.IsInRole(Roles.Expert) && user.IsOwner(expert) ? EngagementRole.Expert : null;
    }

    /// <summary>
    /// Shapes an engagement with the actions the current user may take on it and its sessions; pass the user's
    /// <c>role</c> when it is already known, to save looking it up again.
    /// </summary>
    public async Task<EngagementResponse> ToResponseAsync(Engagement engagement, CancellationToken ct, EngagementRole? role = null)
    {
        var p = await notifier.ParticipantsAsync(engagement.ExpertId, engagement.LearningCommunityId, ct);
        var email = p.Expert.IsErased ? null : p.Expert.Email ?? p.Expert.AccountEmail;
        var viewer = ViewerOf(role ?? await RoleAsync(engagement, ct));
        var feedbackGiven = await db.EngagementFeedback.Where(f => f.EngagementId == engagement.Id).Select(f => f.Role).ToListAsync(ct);
        var reportFiled = engagement.IsPeerReview && await db.PeerReviewReports.AnyAsync(r => r.EngagementId == engagement.Id, ct);
        var actions = engagement.AllowedActions(viewer, time.GetUtcNow(), feedbackGiven, reportFiled);
        return EngagementResponse.From(engagement, p.LcName, new EngagementContacts(p.Expert.DisplayName, email, p.Coordinators), viewer, actions);
    }

    /// <summary>The domain's view of a role: the side the user acts on for this engagement.</summary>
    public Viewer ViewerOf(EngagementRole? role) => new(
        user.Actor(),
        IsStaff: role == EngagementRole.Staff,
        IsCoordinatorOfLc: role == EngagementRole.Coordinator,
        IsOwnExpert: role == EngagementRole.Expert);
}
