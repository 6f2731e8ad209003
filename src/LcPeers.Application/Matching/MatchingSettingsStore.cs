using LcPeers.Application.Common;
using LcPeers.Domain.Matching;
using Microsoft.EntityFrameworkCore;

namespace LcPeers.Application.Matching;

/// <summary>The matching settings row; created with the documented defaults on first use.</summary>
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

        settings = MatchingSettings.CreateDefault(time.GetUtcNow());
        db.MatchingSettings.Add(settings);
        return settings;
    }
}
