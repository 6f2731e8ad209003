using LcPeers.Application.Common;
using LcPeers.Application.Common.Security;
using LcPeers.Domain.Engagements;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LcPeers.Application.Monitor.Quality;

/// <summary>
/// The network's quality over time without tick-boxes: for every year and review dimension, how many peer-review
/// reports placed an LC at each level, and the mean. Aggregates only: no LC is named. The filters narrow the reports
/// to the years they were submitted in and the LCs they are about.
/// </summary>
[RequiresRole(Roles.Staff)]
public sealed record GetQualityQuery(int? From = null, int? To = null, string? Phase = null, string? Sector = null, string? Province = null)
    : IQuery<QualityResponse>, IMonitorFilter;

public sealed class GetQualityValidator : MonitorFilterValidator<GetQualityQuery>;

/// <summary>One dimension in one year: reports per level (index 0 is level 1) and their mean level.</summary>
public sealed record QualityRow(int Year, string Dimension, int Reports, IReadOnlyList<int> LevelCounts, double MeanLevel);

public sealed record QualityResponse(int Reports, int LearningCommunitiesReviewed, IReadOnlyList<QualityRow> Rows);

internal sealed class GetQualityHandler(ILcPeersDb db) : IQueryHandler<GetQualityQuery, QualityResponse>
{
    public async ValueTask<QualityResponse> Handle(GetQualityQuery query, CancellationToken ct)
    {
        var scope = MonitorScope.Of(query);
        var lcs = await db.LearningCommunities.AsNoTracking().ToDictionaryAsync(l => l.Id, ct);
        var reports = (await db.PeerReviewReports.AsNoTracking().ToListAsync(ct))
            .Where(r => scope.Covers(r.SubmittedAt) && scope.Admits(lcs.GetValueOrDefault(r.LearningCommunityId))).ToList();
        var rows = reports
            .SelectMany(r => r.Dimensions.Select(d => (Year: LocalTimes.ToLocal(r.SubmittedAt, LocalTimes.Amsterdam).Year, d.Dimension, d.Level)))
            .GroupBy(x => (x.Year, x.Dimension))
            .OrderBy(g => g.Key.Year).ThenBy(g => ReviewDimensions.Ordered.ToList().IndexOf(g.Key.Dimension))
            .Select(g => new QualityRow(g.Key.Year, g.Key.Dimension, g.Count(),
                [.. Enumerable.Range(ReviewDimensions.MinLevel, ReviewDimensions.MaxLevel).Select(level => g.Count(x => x.Level == level))],
                Math.Round(g.Average(x => x.Level), 2)))
            .ToList();
        return new QualityResponse(reports.Count, reports.Select(r => r.LearningCommunityId).Distinct().Count(), rows);
    }
}
