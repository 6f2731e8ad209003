using LcPeers.Application.Common;
using LcPeers.Domain.Matching;
using Microsoft.EntityFrameworkCore;

namespace LcPeers.Application.Matching;

/// <summary>The matching settings row (seeded with the documented defaults at start-up).</summary>
internal sealed class MatchingSettingsStore(ILcPeersDb db, TimeProvider time)
{
    public async Task<MatchingSettings> GetAsync(CancellationToken ct, bool tracking = false)
    {
        var query = tracking ? db.MatchingSettings : db.MatchingSettings.AsNoTracking();
        var settings = await query.FirstOrDefaultAsync(s => s.Id == MatchingSettings.SingletonId, ct);
        if (settings is not null)
        {
            return settings;
        }

        // Only a database that was never seeded lacks the row: reads get the defaults, a change creates it.
        settings = MatchingSettings.CreateDefault(time.GetUtcNow());
        if (tracking)
        {
            db.MatchingSettings.Add(settings);
        }

        return settings;
    }
}
