using LcPeers.Domain.Experts;
using LcPeers.Domain.LearningCommunities;
using LcPeers.Domain.Matching;
using LcPeers.Domain.Reference;
using LcPeers.Domain.Requests;
using LcPeers.Domain.Tools;
using LcPeers.Matching.Ranking;

namespace LcPeers.Matching.Reference;

/// <summary>
/// The ranking written the obvious way, straight from the rules on the domain objects, with LINQ and no tricks.
/// It is the reference the fast engine must agree with, and the baseline the benchmarks compare against.
/// </summary>
public static class NaiveRanker
{
    public static IReadOnlyList<(Guid ExpertId, double Score)> Rank(
        IReadOnlyList<ExpertEntry> experts, SupportRequest request, LearningCommunity lc, IReadOnlyList<Tool> catalogue, MatchingWeights weights, int top) =>
        experts
            .Where(e => !e.Expert.IsErased && Exclusions(e, request, lc, catalogue) == ExclusionReason.None)
            .Select(e => (ExpertId: e.Expert.Id.Value, Score: Score(e, request, lc, catalogue, weights)))
            .OrderByDescending(x => x.Score)
            .ThenBy(x => x.ExpertId)
            .Take(top)
            .ToList();

    public static ExclusionReason Exclusions(ExpertEntry entry, SupportRequest request, LearningCommunity lc, IReadOnlyList<Tool> catalogue)
    {
        var e = entry.Expert;
        var reasons = ExclusionReason.None;
        if (!e.Consent)
        {
            reasons |= ExclusionReason.NoConsent;
        }

        if (!e.Languages.Intersect(request.Languages).Any())
        {
            reasons |= ExclusionReason.Language;
        }

        if (request.Format == WorkFormat.OnSite && !e.Regions.Contains(request.Region))
        {
            reasons |= ExclusionReason.Region;
        }

        if (request.Kind == RequestKind.ToolFacilitation && request.Tool is { } tool && !e.Tools.Contains(tool))
        {
            reasons |= ExclusionReason.CannotFacilitateTool;
        }

        if (entry.ActiveEngagements >= e.MaxConcurrentEngagements)
        {
            reasons |= ExclusionReason.AtCapacity;
        }

        var conflicting = lc.PartnerOrganisations.Concat(request.ExcludedOrganisations).Select(o => o.Trim().ToUpperInvariant()).ToHashSet();
        if (e.Organisations.Any(o => conflicting.Contains(o.Trim().ToUpperInvariant())))
        {
            reasons |= ExclusionReason.ConflictOfInterest;
        }

        var terms = request.Terms;
        var months = Math.Max(1, (terms.End.DayNumber - terms.Start.DayNumber + 1) / 30.44);
        var need = Math.Ceiling((double)terms.Hours / request.ExpertsWanted) / months;
        var committed = entry.Commitments.Where(c => c.Start <= terms.End && terms.Start <= c.End).Sum(c => c.HoursPerMonth);
        if (e.IsUnavailableDuring(terms.Start, terms.End) || need > e.HoursPerMonth - committed + 1e-9)
        {
            reasons |= ExclusionReason.Unavailable;
        }

        return reasons;
    }

    public static double Score(ExpertEntry entry, SupportRequest request, LearningCommunity lc, IReadOnlyList<Tool> catalogue, MatchingWeights weights)
    {
        var e = entry.Expert;
        var values = new double[10];
        values[0] = request.Bottlenecks.Sum(b => e.CompetenceLevel(b)) / (3.0 * request.Bottlenecks.Count);
        values[1] = Math.Min(Math.Min(e.LcsGuidedIn(request.Terms.Phase), 255), 3) / 3.0;
        values[2] = e.RolesOffered.Select(r => RankingQueryKindFit(request.Terms.Kind, r)).DefaultIfEmpty(0).Max();
        var relevant = catalogue.Where(t => t.Serves(request.Terms.Phase) && (t.Bottlenecks.Count == 0 || t.Bottlenecks.Any(request.Bottlenecks.Contains)))
            .Select(t => t.Id).ToHashSet();
        if (request.Tool is { } requested)
        {
            relevant.Add(requested);
        }

        values[3] = Math.Min(e.Tools.Count(relevant.Contains), 2) * 0.5;
        values[4] = e.Sectors.Intersect(lc.Sectors).Any() ? 1 : 0;
        var lcProvinces = Provinces.FromRegionText(lc.Region);
        var target = request.Region is { } r ? new[] { r } : lcProvinces.ToArray();
        values[5] = e.Regions.Any(target.Contains) ? 1
            : e.Regions.Any(p => target.Any(t => Provinces.AreNeighbours(t, p))) ? 0.6
            : request.Format != WorkFormat.OnSite && e.Online ? 0.3 : 0;
        var shrunk = (entry.RatingSum + (3.5 * 3)) / (entry.RatingCount + 3);
        values[6] = Math.Clamp((shrunk - 1) / 4, 0, 1);
        values[7] = e.MaxConcurrentEngagements > 0 ? Math.Max(0, 1 - ((double)entry.ActiveEngagements / e.MaxConcurrentEngagements)) : 0;
        values[8] = (lc.Sectors.Count > 0 && !e.Sectors.Intersect(lc.Sectors).Any() ? 0.5 : 0)
            + (lcProvinces.Count > 0 && !e.Regions.Intersect(lcProvinces).Any() ? 0.5 : 0);
        values[9] = 1.0 / (1 + entry.RecentEngagements);
        var w = weights.ToArray();
        var total = w.Sum();
        return values.Select((v, k) => w[k] / total * v).Sum();
    }

    private static double RankingQueryKindFit(RequestKind kind, ExpertRole role) => (kind, role) switch
    {
        (RequestKind.PeerReview, ExpertRole.PeerReviewer) => 1.0,
        (RequestKind.PeerReview, ExpertRole.LcSpecialist) => 0.6,
        (RequestKind.PeerReview, ExpertRole.Webber) => 0.4,
        (RequestKind.PeerReview, ExpertRole.Facilitator) => 0.3,
        (RequestKind.ToolFacilitation, ExpertRole.Facilitator) => 1.0,
        (RequestKind.ToolFacilitation, _) => 0.5,
        (RequestKind.TemporarySupport, ExpertRole.Webber or ExpertRole.LcSpecialist) => 1.0,
        (RequestKind.TemporarySupport, _) => 0.5,
        (RequestKind.Advice, ExpertRole.LcSpecialist) => 1.0,
        (RequestKind.Advice, ExpertRole.Webber) => 0.8,
        (RequestKind.Advice, _) => 0.6,
        _ => 0,
    };
}
