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
/// province. Filters narrow the rows; they never change how a row is counted.
/// </summary>
[RequiresRole(Roles.Staff)]
public sealed record GetNeedsQuery(int? Months = null, string? Phase = null, string? Bottleneck = null, string? Province = null) : IQuery<NeedsResponse>
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

public sealed class GetNeedsValidator : AbstractValidator<GetNeedsQuery>
{
    public GetNeedsValidator()
    {
        RuleFor(q => q.Months).InclusiveBetween(1, GetNeedsQuery.MaxMonths);
        RuleFor(q => q.Phase).Must(p => p is null || Codes<Phase>.IsValid(p))
            .WithMessage($"'phase' must be one of: {string.Join(", ", Codes<Phase>.All)}.");
        RuleFor(q => q.Bottleneck).Must(b => b is null || Codes<Bottleneck>.IsValid(b))
            .WithMessage($"'bottleneck' must be one of: {string.Join(", ", Codes<Bottleneck>.All)}.");
        RuleFor(q => q.Province).Must(p => p is null || Provinces.IsKnown(p))
            .WithMessage($"'province' must be one of: {string.Join(", ", Provinces.All)}.");
    }
}

internal sealed class GetNeedsHandler(ILcPeersDb db, TimeProvider time) : IQueryHandler<GetNeedsQuery, NeedsResponse>
{
    private static readonly RequestStatus[] Waiting = [RequestStatus.Submitted, RequestStatus.Matching];
    private static readonly RequestStatus[] Closed = [RequestStatus.Cancelled, RequestStatus.Withdrawn];

    public async ValueTask<NeedsResponse> Handle(GetNeedsQuery query, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var from = now.AddMonths(-query.MonthsOrDefault);
        var rows = NeedsCalculator.Rows(await DemandAsync(from, ct), await SupplyAsync(DateOnly.FromDateTime(now.UtcDateTime), ct));
        var province = query.Province is null ? null : Provinces.Normalise(query.Province);
        var filtered = rows.Where(r => (query.Phase is null || r.Phase == query.Phase) && (query.Bottleneck is null || r.Bottleneck == query.Bottleneck)
            && (province is null || r.Province == province)).ToList();
        return new NeedsResponse(DateOnly.FromDateTime(from.UtcDateTime), DateOnly.FromDateTime(now.UtcDateTime), query.MonthsOrDefault, filtered);
    }

    private async Task<List<DemandFact>> DemandAsync(DateTimeOffset from, CancellationToken ct)
    {
        var requests = await db.SupportRequests.AsNoTracking().Where(r => r.Status != RequestStatus.Draft).ToListAsync(ct);
        var regions = await db.LearningCommunities.AsNoTracking().ToDictionaryAsync(l => l.Id, l => l.Region, ct);
        var firstMatch = (await db.Engagements.AsNoTracking().Select(e => new { e.RequestId, e.CreatedAt }).ToListAsync(ct))
            .GroupBy(e => e.RequestId).ToDictionary(g => g.Key, g => g.Min(e => e.CreatedAt));
        var unstaffable = (await db.MatchingRuns.AsNoTracking().Where(r => r.Status == MatchingRunStatus.Completed).ToListAsync(ct))
            .SelectMany(r => r.Unstaffable).Select(u => new SupportRequestId(u.RequestId)).ToHashSet();

        return [.. requests
            .Select(r => (Request: r, SubmittedAt: r.History.FirstOrDefault(h => h.To == RequestStatus.Submitted)?.At ?? r.CreatedAt))
            .Where(x => x.Request.Phase is not null && (x.SubmittedAt >= from || Waiting.Contains(x.Request.Status)))
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
