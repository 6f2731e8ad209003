using LcPeers.Application.Common;
using LcPeers.Application.Common.Security;
using LcPeers.Domain.Common;
using LcPeers.Domain.LearningCommunities;
using LcPeers.Domain.Reference;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LcPeers.Application.Monitor.Impact;

/// <summary>
/// The impact the LCs report (report ch. 6.4, a Theory of Change: input, throughput, output, outcome, impact): totals
/// per year, and per year by phase, sector and province. An LC that did not report for a year counts as missing,
/// never as zero. The filters narrow the reports to the years of their periods and the LCs they are about (and the
/// LCs counted as missing to those in scope).
/// </summary>
[RequiresRole(Roles.Staff)]
public sealed record GetImpactQuery(int? From = null, int? To = null, string? Phase = null, string? Sector = null, string? Province = null)
    : IQuery<ImpactResponse>, IMonitorFilter;

public sealed class GetImpactValidator : MonitorFilterValidator<GetImpactQuery>;

/// <summary>The sums of one group's reports.</summary>
public sealed record ImpactTotals(int Reports, int StudentsTrained, int WorkersUpskilled, int Innovations, int PartnersJoined, int PartnersLeft);

/// <summary>One year across all LCs.</summary>
/// <param name="Year">The year.</param>
/// <param name="LearningCommunitiesReporting">LCs with at least one report for the year.</param>
/// <param name="LearningCommunitiesMissing">Active LCs without a report for the year: missing, not zero.</param>
/// <param name="Totals">The sums of that year's reports.</param>
public sealed record ImpactYear(int Year, int LearningCommunitiesReporting, int LearningCommunitiesMissing, ImpactTotals Totals);

/// <summary>One year's reports of the LCs in one phase, sector or province.</summary>
/// <param name="Year">The year.</param>
/// <param name="By">phase, sector or province.</param>
/// <param name="Key">The phase or sector code, or the province ("unknown" when the LC has none).</param>
/// <param name="Totals">The sums of those reports.</param>
public sealed record ImpactBreakdownRow(int Year, string By, string Key, ImpactTotals Totals);

public sealed record ImpactResponse(IReadOnlyDictionary<string, string> Stages, IReadOnlyList<ImpactYear> Years, IReadOnlyList<ImpactBreakdownRow> Breakdown);

internal sealed class GetImpactHandler(ILcPeersDb db) : IQueryHandler<GetImpactQuery, ImpactResponse>
{
    public const string Unknown = "unknown";

    public async ValueTask<ImpactResponse> Handle(GetImpactQuery query, CancellationToken ct)
    {
        var scope = MonitorScope.Of(query);
        var lcs = (await db.LearningCommunities.AsNoTracking().ToListAsync(ct)).Where(scope.Admits).ToDictionary(l => l.Id);
        var reports = (await db.ImpactReports.AsNoTracking().ToListAsync(ct))
            .Where(r => scope.CoversYear(r.Year) && lcs.ContainsKey(r.LearningCommunityId)).ToList();
        var active = lcs.Values.Count(l => l.Status == LearningCommunityStatus.Active);
        var years = reports.GroupBy(r => r.Year).OrderBy(g => g.Key).Select(g =>
        {
            var reporting = g.Select(r => r.LearningCommunityId).Distinct().ToList();
            var activeReporting = reporting.Count(id => lcs.TryGetValue(id, out var lc) && lc.Status == LearningCommunityStatus.Active);
            return new ImpactYear(g.Key, reporting.Count, active - activeReporting, Sum(g));
        }).ToList();

        var breakdown = reports.SelectMany(r => KeysOf(lcs.GetValueOrDefault(r.LearningCommunityId)).Select(k => (r.Year, k.By, k.Key, Report: r)))
            .GroupBy(x => (x.Year, x.By, x.Key))
            .OrderBy(g => g.Key.Year).ThenBy(g => g.Key.By, StringComparer.Ordinal).ThenBy(g => g.Key.Key, StringComparer.Ordinal)
            .Select(g => new ImpactBreakdownRow(g.Key.Year, g.Key.By, g.Key.Key, Sum(g.Select(x => x.Report))))
            .ToList();
        return new ImpactResponse(LearningCommunities.ImpactReports.ImpactReportResponse.StageOfIndicator, years, breakdown);
    }

    private static IEnumerable<(string By, string Key)> KeysOf(LearningCommunity? lc)
    {
        if (lc is null)
        {
            yield break;
        }

        yield return ("phase", lc.Phase is { } p ? Codes<Phase>.Of(p) : Unknown);
        foreach (var sector in lc.Sectors.DefaultIfEmpty(Unknown))
        {
            yield return ("sector", sector);
        }

        foreach (var province in Provinces.FromRegionText(lc.Region).DefaultIfEmpty(Unknown))
        {
            yield return ("province", province);
        }
    }

    private static ImpactTotals Sum(IEnumerable<ImpactReport> reports)
    {
        var list = reports.ToList();
        return new ImpactTotals(list.Count, list.Sum(r => r.StudentsTrained), list.Sum(r => r.WorkersUpskilled), list.Sum(r => r.Innovations),
            list.Sum(r => r.PartnersJoined), list.Sum(r => r.PartnersLeft));
    }
}
