using LcPeers.Application.Common;
using LcPeers.Domain.Common;
using LcPeers.Domain.Engagements;
using LcPeers.Domain.Requests;
using Microsoft.EntityFrameworkCore;

namespace LcPeers.Application.Home.GetMyWork;

/// <summary>
/// The lists the expert's and the coordinator's home pages share, over the engagements the caller may see. Each is
/// one COUNT and one TOP query; the LC's and the expert's names come in the same query by a join.
/// </summary>
internal static class WorkQueries
{
    public static async Task<WorkList<SessionItem>> UpcomingSessionsAsync(ILcPeersDb db, IQueryable<Engagement> engagements, DateTimeOffset now, CancellationToken ct)
    {
        var ahead = from e in engagements
                    where e.Status == EngagementStatus.Active
                    from s in e.Sessions
                    where s.Status == SessionStatus.Scheduled && s.Start > now
                    select new { Engagement = e, Session = s };
        var count = await ahead.CountAsync(ct);
        var rows = await (from x in ahead
                          join lc in db.LearningCommunities on x.Engagement.LearningCommunityId equals lc.Id
                          orderby x.Session.Start
                          select new { x.Engagement.Id, x.Engagement.RequestId, lc.Name, x.Session.Kind, x.Session.Title, x.Session.Start, x.Session.TimeZone })
            .Take(WorkLists.Top).ToListAsync(ct);
        return new(count, [.. rows.Select(r => new SessionItem(r.Id.Value, r.RequestId.Value, r.Name, Codes<SessionKind>.Of(r.Kind), r.Title,
            r.Start!.Value, LocalTimes.ToLocal(r.Start.Value, r.TimeZone)))]);
    }

    public static async Task<WorkList<EngagementItem>> EngagementsAsync(ILcPeersDb db, IQueryable<Engagement> engagements, CancellationToken ct)
    {
        var count = await engagements.CountAsync(ct);
        var rows = await (from e in engagements
                          join lc in db.LearningCommunities on e.LearningCommunityId equals lc.Id
                          join x in db.Experts on e.ExpertId equals x.Id
                          orderby e.End
                          select new { e.Id, e.RequestId, lc.Name, Expert = x.DisplayName, e.Kind, e.Start, e.End })
            .Take(WorkLists.Top).ToListAsync(ct);
        return new(count, [.. rows.Select(r => new EngagementItem(r.Id.Value, r.RequestId.Value, r.Name, r.Expert, Codes<RequestKind>.Of(r.Kind), r.Start, r.End))]);
    }

    /// <summary>Engagements that ended (closed, or past their end date) and still wait for <paramref name="side"/>'s feedback.</summary>
    public static IQueryable<Engagement> FeedbackDue(ILcPeersDb db, IQueryable<Engagement> engagements, FeedbackRole side, DateTimeOffset now)
    {
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        return engagements.Where(e => (e.Status == EngagementStatus.Completed || e.End < today)
            && !db.EngagementFeedback.Any(f => f.EngagementId == e.Id && f.Role == side));
    }
}
