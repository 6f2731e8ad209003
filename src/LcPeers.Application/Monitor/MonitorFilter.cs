using FluentValidation;
using LcPeers.Application.Common;
using LcPeers.Domain.Common;
using LcPeers.Domain.LearningCommunities;
using LcPeers.Domain.Reference;
using LcPeers.Domain.Requests;
using Microsoft.EntityFrameworkCore;

namespace LcPeers.Application.Monitor;

/// <summary>
/// The filters every monitor figure takes (report ch. 6.4): a period in calendar years, <see cref="From"/> to
/// <see cref="To"/> inclusive (Europe/Amsterdam), and the LC's phase, sector and province. Each is optional; none
/// means the whole network over all time.
/// </summary>
public interface IMonitorFilter
{
    int? From { get; }
    int? To { get; }
    string? Phase { get; }
    string? Sector { get; }
    string? Province { get; }
}

/// <summary>The rules of <see cref="IMonitorFilter"/>, shared by every monitor query's validator.</summary>
public abstract class MonitorFilterValidator<T> : AbstractValidator<T> where T : IMonitorFilter
{
    public const int FirstYear = 2000;
    public const int LastYear = 2100;

    protected MonitorFilterValidator()
    {
        RuleFor(q => q.From).InclusiveBetween(FirstYear, LastYear);
        RuleFor(q => q.To).InclusiveBetween(FirstYear, LastYear);
        RuleFor(q => q.To).Must((q, to) => q.From is not { } from || to is not { } until || until >= from)
            .WithMessage("'to' must not come before 'from'.");
        RuleFor(q => q.Phase).Must(p => p is null || Codes<Phase>.IsValid(p))
            .WithMessage($"'phase' must be one of: {string.Join(", ", Codes<Phase>.All)}.");
        RuleFor(q => q.Sector).Must(s => s is null || Sectors.IsKnown(s))
            .WithMessage($"'sector' must be one of: {string.Join(", ", Sectors.All.Order(StringComparer.Ordinal))}.");
        RuleFor(q => q.Province).Must(p => p is null || Provinces.IsKnown(p))
            .WithMessage($"'province' must be one of: {string.Join(", ", Provinces.All)}.");
    }
}

/// <summary>
/// A validated <see cref="IMonitorFilter"/>. An LC is in scope by its phase, sectors and region as the directory holds
/// them now; a request by its own phase and region (the LC's where the request gives none), its LC's sectors, and
/// the year it was made. Work (proposals, engagements, ratings) follows its request.
/// </summary>
public sealed record MonitorScope(int? From, int? To, Phase? Phase, string? Sector, string? Province)
{
    public static readonly MonitorScope Everything = new(null, null, null, null, null);

    public static MonitorScope Of(IMonitorFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return new(filter.From, filter.To, filter.Phase is null ? null : Codes<Phase>.Parse(filter.Phase), filter.Sector,
            filter.Province is null ? null : Provinces.Normalise(filter.Province));
    }

    /// <summary>No phase, sector or province: every LC counts.</summary>
    public bool AllLcs => Phase is null && Sector is null && Province is null;

    public bool CoversYear(int year) => (From is null || year >= From) && (To is null || year <= To);

    public bool Covers(DateTimeOffset at) => CoversYear(LocalTimes.ToLocal(at, LocalTimes.Amsterdam).Year);

    public bool Admits(LearningCommunity? lc) =>
        AllLcs || (lc is not null && (Phase is null || lc.Phase == Phase) && (Sector is null || lc.Sectors.Contains(Sector))
            && (Province is null || Provinces.FromRegionText(lc.Region).Contains(Province)));

    public bool Admits(Phase? phase, string? region, LearningCommunity? lc) =>
        AllLcs || (lc is not null && (Phase is null || (phase ?? lc.Phase) == Phase) && (Sector is null || lc.Sectors.Contains(Sector))
            && (Province is null || Provinces.FromRegionText(region ?? lc.Region).Contains(Province)));

    /// <summary>The requests (drafts included) in scope; null when the scope is everything, so callers skip the filter.</summary>
    internal async Task<HashSet<SupportRequestId>?> RequestsAsync(ILcPeersDb db, CancellationToken ct)
    {
        if (this == Everything)
        {
            return null;
        }

        var lcs = await db.LearningCommunities.AsNoTracking().ToDictionaryAsync(l => l.Id, ct);
        var requests = await db.SupportRequests.AsNoTracking()
            .Select(r => new { r.Id, r.LearningCommunityId, r.Phase, r.Region, r.CreatedAt }).ToListAsync(ct);
        return [.. requests.Where(r => Covers(r.CreatedAt) && Admits(r.Phase, r.Region, lcs.GetValueOrDefault(r.LearningCommunityId))).Select(r => r.Id)];
    }
}
