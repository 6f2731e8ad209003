using LcPeers.Application.Common;
using LcPeers.Domain.Experts;
using Microsoft.EntityFrameworkCore;

namespace LcPeers.Application.Matching;

/// <summary>The work experts took on recently: what the concentration figures of runs and the monitor count.</summary>
internal static class RecentWork
{
    /// <summary>The window the concentration figures look back over.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromDays(365);

    /// <summary>Engagements created in the 12 months before <paramref name="now"/>, per expert (counted in the database), for everyone or only the experts named.</summary>
    public static async Task<Dictionary<ExpertId, int>> EngagementsPerExpertAsync(ILcPeersDb db, DateTimeOffset now, CancellationToken ct,
        IReadOnlyCollection<ExpertId>? only = null)
    {
        var since = now - Window;
        var engagements = db.Engagements.AsNoTracking().Where(e => e.CreatedAt >= since);
        if (only is not null)
        {
            engagements = engagements.Where(e => only.Contains(e.ExpertId));
        }

        return await engagements
            .GroupBy(e => e.ExpertId)
            .Select(g => new { Expert = g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Expert, x => x.Count, ct);
    }
}
