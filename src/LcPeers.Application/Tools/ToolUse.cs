using LcPeers.Application.Common;
using LcPeers.Domain.Engagements;
using LcPeers.Domain.Requests;
using LcPeers.Domain.Tools;
using Microsoft.EntityFrameworkCore;

namespace LcPeers.Application.Tools;

/// <summary>
/// Where a tool was used: the requests that named it (drafts do not count), the engagements those led to, and the
/// coordinators' ratings of those engagements. Counts only: which LCs used it is not public.
/// </summary>
public sealed record ToolUse(int Requests, int Engagements, int Ratings, double? AverageRating)
{
    public static readonly ToolUse None = new(0, 0, 0, null);

    /// <summary>The catalogue by use: the most requested first, then the most engaged, then in the report's order.</summary>
    internal static IEnumerable<ToolResponse> MostUsedFirst(IEnumerable<ToolResponse> tools) =>
        tools.OrderByDescending(t => t.Use?.Requests ?? 0).ThenByDescending(t => t.Use?.Engagements ?? 0).ThenBy(t => t.Number);

    /// <summary>The use of every tool that was used at least once; only by the requests in <paramref name="inScope"/> when given.</summary>
    internal static async Task<Dictionary<ToolId, ToolUse>> ReadAsync(ILcPeersDb db, CancellationToken ct, IReadOnlySet<SupportRequestId>? inScope = null)
    {
        var requests = (await db.SupportRequests.AsNoTracking().Where(r => r.Tool != null && r.Status != RequestStatus.Draft)
            .Select(r => new { r.Id, r.Tool }).ToListAsync(ct)).Where(r => inScope is null || inScope.Contains(r.Id)).ToList();
        var toolOf = requests.ToDictionary(r => r.Id, r => r.Tool!.Value);
        var requestIds = toolOf.Keys.ToList();
        var engagements = await db.Engagements.AsNoTracking().Where(e => requestIds.Contains(e.RequestId))
            .Select(e => new { e.Id, e.RequestId }).ToListAsync(ct);
        var engagementIds = engagements.Select(e => e.Id).ToList();
        var ratings = await db.EngagementFeedback.AsNoTracking()
            .Where(f => f.Role == FeedbackRole.Coordinator && engagementIds.Contains(f.EngagementId))
            .Select(f => new { f.EngagementId, f.Rating }).ToListAsync(ct);
        var toolOfEngagement = engagements.ToDictionary(e => e.Id, e => toolOf[e.RequestId]);

        return requests.GroupBy(r => r.Tool!.Value).ToDictionary(g => g.Key, g =>
        {
            var scores = ratings.Where(r => toolOfEngagement[r.EngagementId] == g.Key).Select(r => r.Rating).ToList();
            return new ToolUse(g.Count(), toolOfEngagement.Count(e => e.Value == g.Key), scores.Count,
                scores.Count == 0 ? null : Math.Round(scores.Average(), 1));
        });
    }
}
