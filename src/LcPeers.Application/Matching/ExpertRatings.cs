using LcPeers.Application.Common;
using LcPeers.Domain.Engagements;
using LcPeers.Domain.Experts;
using Microsoft.EntityFrameworkCore;

namespace LcPeers.Application.Matching;

/// <summary>Coordinators' 1-5 ratings of completed engagements, summed per expert in one grouped query for the whole pool (or only the experts named).</summary>
internal sealed class ExpertRatings(ILcPeersDb db) : IExpertRatings
{
    public async Task<IReadOnlyDictionary<ExpertId, (int Count, double Sum)>> GetAsync(IReadOnlyCollection<ExpertId>? only, CancellationToken ct)
    {
        var feedback = db.EngagementFeedback.AsNoTracking().Where(f => f.Role == FeedbackRole.Coordinator);
        if (only is not null)
        {
            feedback = feedback.Where(f => only.Contains(f.ExpertId));
        }

        var rows = await feedback
            .GroupBy(f => f.ExpertId)
            .Select(g => new { Expert = g.Key, Count = g.Count(), Sum = g.Sum(f => f.Rating) })
            .ToListAsync(ct);
        return rows.ToDictionary(r => r.Expert, r => (r.Count, (double)r.Sum));
    }
}
