using LcPeers.Application.Common;
using LcPeers.Domain.Engagements;
using LcPeers.Domain.Experts;
using Microsoft.EntityFrameworkCore;

namespace LcPeers.Application.Engagements.TrackRecord;

/// <summary>What an expert's past engagements say: how many were completed and how coordinators rated them.</summary>
public sealed record TrackRecordResponse(Guid ExpertId, int CompletedEngagements, int Ratings, double? AverageRating);

/// <summary>
/// The ranking's track-record factor reads this: coordinators' ratings (1-5) of completed work, per expert.
/// Experts' own ratings of the collaboration are not part of it.
/// </summary>
public interface IExpertTrackRecord
{
    Task<IReadOnlyDictionary<ExpertId, TrackRecordResponse>> ForAsync(IReadOnlyCollection<ExpertId> experts, CancellationToken ct);
}

internal sealed class ExpertTrackRecord(ILcPeersDb db) : IExpertTrackRecord
{
    public async Task<IReadOnlyDictionary<ExpertId, TrackRecordResponse>> ForAsync(IReadOnlyCollection<ExpertId> experts, CancellationToken ct)
    {
        var ids = experts.Distinct().ToList();
        var completed = await db.Engagements.AsNoTracking()
            .Where(e => ids.Contains(e.ExpertId) && e.Status == EngagementStatus.Completed)
            .GroupBy(e => e.ExpertId).Select(g => new { Expert = g.Key, Count = g.Count() })
            .ToListAsync(ct);
        var ratings = await db.EngagementFeedback.AsNoTracking()
            .Where(f => ids.Contains(f.ExpertId) && f.Role == FeedbackRole.Coordinator)
            .Select(f => new { f.ExpertId, f.Rating })
            .ToListAsync(ct);
        return ids.ToDictionary(id => id, id =>
        {
            var mine = ratings.Where(r => r.ExpertId == id).Select(r => r.Rating).ToList();
            return new TrackRecordResponse(id.Value, completed.FirstOrDefault(c => c.Expert == id)?.Count ?? 0, mine.Count,
                mine.Count == 0 ? null : Math.Round(mine.Average(), 2));
        });
    }
}
