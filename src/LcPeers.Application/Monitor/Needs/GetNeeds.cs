using FluentValidation;
using LcPeers.Application.Common;
using LcPeers.Application.Common.Security;
using LcPeers.Domain.Common;
using LcPeers.Domain.Engagements;
using LcPeers.Domain.Matching;
using LcPeers.Domain.Reference;
using LcPeers.Domain.Requests;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LcPeers.Application.Monitor.Needs;

/// <summary>
/// What the network needs and who can help (report ch. 6.4): requests of the last <see cref="Months"/> months (and
/// every request still waiting) against the experts who could take such a request now, per phase × bottleneck and
/// province. Phase, bottleneck and province narrow the rows; they never change how a row is counted. A sector narrows
/// the requests to those of LCs in that sector (the experts counted stay everyone who could take them: partnership
/// expertise travels across sectors). A period in years (<see cref="From"/>, <see cref="To"/>) replaces the months:
/// the requests submitted in those years, and the waiting ones only when the period reaches today.
/// </summary>
[RequiresRole(Roles.Staff)]
public sealed record GetNeedsQuery(
    int? Months = null, string? Phase = null, string? Bottleneck = null, string? Province = null, string? Sector = null, int? From = null, int? To = null)
    : IQuery<NeedsResponse>, IMonitorFilter
{
    public const int DefaultMonths = 12;
    public const int MaxMonths = 120;

    public int MonthsOrDefault => Months ?? DefaultMonths;
}

/// <summary>
/// One cell of the heat map. <see cref="Province"/> is null for the whole country. <see cref="Ratio"/> is eligible
/// experts per request; <see cref="UnmatchedShare"/> the share of the row's requests that ended, or were reported by a
/// batch run, without anyone to take them. Both are null without requests, as is the median without matches.
/// </summary>
public sealed record NeedRow(
    string Phase, string Bottleneck, string? Province, int Requests, int EligibleExperts, double? Ratio, double? MedianDaysToMatch, double? UnmatchedShare)
{
    /// <summary>More requests than experts who could take them: a gap to recruit for.</summary>
    public bool DemandExceedsSupply => Requests > EligibleExperts;
}

public sealed record NeedsResponse(DateOnly From, DateOnly To, int Months, IReadOnlyList<NeedRow> Rows);

public sealed class GetNeedsValidator : MonitorFilterValidator<GetNeedsQuery>
{
    public GetNeedsValidator()
    {
        RuleFor(q => q.Months).InclusiveBetween(1, GetNeedsQuery.MaxMonths);
        RuleFor(q => q.Bottleneck).Must(b => b is null || Codes<Bottleneck>.IsValid(b))
            .WithMessage($"'bottleneck' must be one of: {string.Join(", ", Codes<Bottleneck>.All)}.");
    }
}

internal sealed class GetNeedsHandler(ILcPeersDb db, TimeProvider time) : IQueryHandler<GetNeedsQuery, NeedsResponse>
{
    private static readonly RequestStatus[] Waiting = [RequestStatus.Submitted, RequestStatus.Matching];
    private static readonly RequestStatus[] Closed = [RequestStatus.Cancelled, RequestStatus.Withdrawn];

    public async ValueTask<NeedsResponse> Handle(GetNeedsQuery query, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var (from, to) = Window(query, now);
        var rows = NeedsCalculator.Rows(await DemandAsync(from, to, query.Sector, now, ct), await SupplyAsync(DateOnly.FromDateTime(now.UtcDateTime), ct));
        var province = query.Province is null ? null : Provinces.Normalise(query.Province);
        var filtered = rows.Where(r => (query.Phase is null || r.Phase == query.Phase) && (query.Bottleneck is null || r.Bottleneck == query.Bottleneck)
            && (province is null || r.Province == province)).ToList();
        var months = query.From is null && query.To is null ? query.MonthsOrDefault : (int)Math.Round((to - from).TotalDays / (365.25 / 12));
        return new NeedsResponse(DateOnly.FromDateTime(from.UtcDateTime), DateOnly.FromDateTime(to.UtcDateTime), months, filtered);
    }

    /// <summary>The last months up to now, or the calendar years asked for (Europe/Amsterdam), never past now.</summary>
    private static (DateTimeOffset From, DateTimeOffset To) Window(GetNeedsQuery query, DateTimeOffset now)
    {
        if (query.From is null && query.To is null)
        {
            return (now.AddMonths(-query.MonthsOrDefault), now);
        }

        var zone = LocalTimes.Zone(LocalTimes.Amsterdam);
        DateTimeOffset StartOf(int year) => new(new DateTime(year, 1, 1), zone.GetUtcOffset(new DateTime(year, 1, 1)));
        var from = query.From is { } f ? StartOf(f) : DateTimeOffset.MinValue;
        var to = query.To is { } t ? StartOf(t + 1) : now;
        return (from == DateTimeOffset.MinValue ? StartOf(MonitorFilterValidator<GetNeedsQuery>.FirstYear) : from, to < now ? to : now);
    }

    private async Task<List<DemandFact>> DemandAsync(DateTimeOffset from, DateTimeOffset to, string? sector, DateTimeOffset now, CancellationToken ct)
    {
        var requests = await db.SupportRequests.AsNoTracking().Where(r => r.Status != RequestStatus.Draft).ToListAsync(ct);
        var lcs = await db.LearningCommunities.AsNoTracking().ToDictionaryAsync(l => l.Id, ct);
        var regions = lcs.ToDictionary(l => l.Key, l => l.Value.Region);
        var waitingCount = to >= now;
        var firstMatch = (await db.Engagements.AsNoTracking().Select(e => new { e.RequestId, e.CreatedAt }).ToListAsync(ct))
            .GroupBy(e => e.RequestId).ToDictionary(g => g.Key, g => g.Min(e => e.CreatedAt));
        var unstaffable = (await db.MatchingRuns.AsNoTracking().Where(r => r.Status == MatchingRunStatus.Completed).ToListAsync(ct))
            .SelectMany(r => r.Unstaffable).Select(u => new SupportRequestId(u.RequestId)).ToHashSet();

        return [.. requests
            .Select(r => (Request: r, SubmittedAt: r.History.FirstOrDefault(h => h.To == RequestStatus.Submitted)?.At ?? r.CreatedAt))
            .Where(x => x.Request.Phase is not null && ((x.SubmittedAt >= from && x.SubmittedAt <= to) || (waitingCount && Waiting.Contains(x.Request.Status))))
            .Where(x => sector is null || (lcs.TryGetValue(x.Request.LearningCommunityId, out var lc) && lc.Sectors.Contains(sector)))
            .Select(x =>
            {
                var matched = firstMatch.TryGetValue(x.Request.Id, out var at) ? (at - x.SubmittedAt).TotalDays : (double?)null;
                var nobody = matched is null && (unstaffable.Contains(x.Request.Id) || Closed.Contains(x.Request.Status));
                var provinces = Provinces.FromRegionText(x.Request.Region ?? regions.GetValueOrDefault(x.Request.LearningCommunityId));
                return new DemandFact(x.Request.Phase!.Value, x.Request.Bottlenecks, provinces, matched is null ? null : Math.Max(0, matched.Value), nobody);
            })];
    }

    /// <summary>
    /// Experts who could take a request now: consent, hours to give, no unavailable period today, room for another
    /// engagement; a bottleneck counts from competence level 2, a phase when they guided an LC through it.
    /// </summary>
    private async Task<List<SupplyFact>> SupplyAsync(DateOnly today, CancellationToken ct)
    {
        var experts = await db.Experts.AsNoTracking().Where(e => e.ErasedAt == null && e.Consent && e.HoursPerMonth > 0).ToListAsync(ct);
        var active = await db.Engagements.AsNoTracking().Where(e => e.Status == EngagementStatus.Active)
            .GroupBy(e => e.ExpertId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        return [.. experts
            .Where(e => !e.Availability.Any(a => !a.Available && a.Overlaps(today, today)) && active.GetValueOrDefault(e.Id) < e.MaxConcurrentEngagements)
            .Select(e => new SupplyFact(
                [.. e.PhasesGuided.Select(p => p.Phase)],
                [.. e.Competences.Where(c => c.Level >= PractisedLevel).Select(c => c.Bottleneck)],
                [.. e.Regions.SelectMany(Provinces.FromRegionText).Distinct()]))];
    }

    /// <summary>Competence level 2, "practised": the least the monitor counts as able to help with a bottleneck.</summary>
    private const int PractisedLevel = 2;
}
