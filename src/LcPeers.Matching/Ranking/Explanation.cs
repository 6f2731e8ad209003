using System.Globalization;
using LcPeers.Domain.Common;
using LcPeers.Domain.Matching;
using LcPeers.Domain.Reference;

namespace LcPeers.Matching.Ranking;

/// <summary>A factor's part in a score: its weight (normalised), its value (0..1) and weight × value.</summary>
public sealed record FactorContribution(string Factor, double Weight, double Value, double Contribution);

/// <summary>Plain sentences in Dutch and English saying why a candidate ranks where it does.</summary>
public sealed record Reasons(IReadOnlyList<string> Nl, IReadOnlyList<string> En);

/// <summary>Turns a candidate's factors into contributions and two or three plain sentences, strongest first.</summary>
public static class Explanation
{
    private const int MaxSentences = 3;

    private static readonly Dictionary<Phase, (string Nl, string En)> PhaseNames = new()
    {
        [Phase.Startup] = ("de opstartfase", "the startup phase"),
        [Phase.Execution] = ("de uitvoeringsfase", "the execution phase"),
        [Phase.Deepening] = ("de verdiepingsfase", "the deepening phase"),
        [Phase.Continuation] = ("de verzelfstandigingsfase", "the continuation phase"),
    };

    private static readonly Dictionary<Bottleneck, (string Nl, string En)> BottleneckNames = new()
    {
        [Bottleneck.Certification] = ("certificering", "certification"),
        [Bottleneck.Diversity] = ("diversiteit van partners", "partner diversity"),
        [Bottleneck.Balance] = ("de balans leren-werken-innoveren", "the balance of learning, working and innovating"),
        [Bottleneck.Continuity] = ("continuïteit", "continuity"),
        [Bottleneck.Financing] = ("financiering", "financing"),
        [Bottleneck.Infrastructure] = ("infrastructuur", "infrastructure"),
    };

    public static IReadOnlyList<FactorContribution> Contributions(double[] values, MatchingWeights weights)
    {
        var normalised = RankingEngine.NormalisedWeights(weights);
        return [.. Enum.GetValues<MatchingFactor>().Select(f => new FactorContribution(
            Codes<MatchingFactor>.Of(f), normalised[(int)f], values[(int)f], normalised[(int)f] * values[(int)f]))];
    }

    /// <summary>The score the contributions make: their sum, times the profile's freshness (as <see cref="RankingEngine.Rank"/> scores).</summary>
    public static double Score(ExpertPool pool, int i, IReadOnlyList<FactorContribution> contributions)
    {
        ArgumentNullException.ThrowIfNull(pool);
        ArgumentNullException.ThrowIfNull(contributions);
        return pool.Freshness(i) * contributions.Sum(c => c.Contribution);
    }

    public static Reasons Explain(ExpertPool pool, RankingQuery query, int i, IReadOnlyList<FactorContribution> contributions)
    {
        var nl = new List<string>();
        var en = new List<string>();
        foreach (var factor in contributions.Where(c => c.Contribution > 0).OrderByDescending(c => c.Contribution).ThenBy(c => c.Factor, StringComparer.Ordinal))
        {
            if (nl.Count == MaxSentences)
            {
                break;
            }

            if (Sentence(pool, query, i, Codes<MatchingFactor>.Parse(factor.Factor)) is { } s)
            {
                nl.Add(s.Nl);
                en.Add(s.En);
            }
        }

        // The stale mark is not a factor, so it is said whatever the factors' order: staff see why the place is lower.
        if (pool.IsStale(i))
        {
            var months = pool.UnconfirmedMonths[i];
            nl.Add($"Beschikbaarheid al {months} {(months == 1 ? "maand" : "maanden")} niet bevestigd (lager gerangschikt)");
            en.Add($"Availability not confirmed for {months} month{(months == 1 ? "" : "s")} (ranked lower)");
        }

        return new Reasons(nl, en);
    }

    private static (string Nl, string En)? Sentence(ExpertPool pool, RankingQuery query, int i, MatchingFactor factor)
    {
        var request = query.Request;
        switch (factor)
        {
            case MatchingFactor.Phase:
                var count = pool.PhaseCount(i, request.Terms.Phase);
                var phase = PhaseNames[request.Terms.Phase];
                return ($"Begeleidde {count} LC{(count == 1 ? "" : "'s")} in {phase.Nl}", $"Guided {count} LC{(count == 1 ? "" : "s")} through {phase.En}");
            case MatchingFactor.Competence:
                var best = request.Bottlenecks.MaxBy(b => pool.CompetenceLevel(i, b));
                var level = pool.CompetenceLevel(i, best);
                var theme = BottleneckNames[best];
                return level switch
                {
                    3 => ($"Heeft anderen begeleid bij {theme.Nl}", $"Has guided others on {theme.En}"),
                    2 => ($"Ervaren met {theme.Nl}", $"Practised in {theme.En}"),
                    _ => ($"Kent het knelpunt {theme.Nl}", $"Aware of the {theme.En} bottleneck"),
                };
            case MatchingFactor.KindFit:
                return request.Terms.Kind switch
                {
                    Domain.Requests.RequestKind.PeerReview when (pool.RoleMask[i] & (1 << ((int)Domain.Experts.ExpertRole.PeerReviewer - 1))) != 0 =>
                        ("Doet peer reviews", "Carries out peer reviews"),
                    Domain.Requests.RequestKind.ToolFacilitation when (pool.RoleMask[i] & (1 << ((int)Domain.Experts.ExpertRole.Facilitator - 1))) != 0 =>
                        ("Werkt als facilitator", "Works as a facilitator"),
                    _ when (pool.RoleMask[i] & (1 << ((int)Domain.Experts.ExpertRole.Webber - 1))) != 0 =>
                        ("Webber: verbindt partijen in Living Labs", "Webber: connects parties in Living Labs"),
                    _ => ("Biedt het soort hulp dat gevraagd wordt", "Offers the kind of help asked for"),
                };
            case MatchingFactor.Tools:
                var tools = ToolNames(pool, query, i);
                return tools.Count == 0 ? null : ($"Facilitator van {Join(tools, "en")}", $"Facilitates {Join(tools, "and")}");
            case MatchingFactor.Sector:
                return ("Werkt in dezelfde sector", "Works in the same sector");
            case MatchingFactor.Region:
                var regions = pool.RegionMask[i];
                if ((regions & query.TargetRegionMask) != 0)
                {
                    return ("Werkt in dezelfde provincie", "Works in the same province");
                }

                return (regions & query.NeighbourRegionMask) != 0
                    ? ("Werkt in een aangrenzende provincie", "Works in a neighbouring province")
                    : ("Werkt ook online", "Also works online");
            case MatchingFactor.TrackRecord:
                var n = pool.RatingCount[i];
                return n == 0
                    ? null
                    : ($"Gemiddelde waardering {pool.RatingMean[i].ToString("0.0", CultureInfo.GetCultureInfo("nl-NL"))} uit {n} traject{(n == 1 ? "" : "en")}",
                       $"Average rating {pool.RatingMean[i].ToString("0.0", CultureInfo.InvariantCulture)} from {n} engagement{(n == 1 ? "" : "s")}");
            case MatchingFactor.Load:
                return ($"Heeft ruimte: {pool.Active[i]} van {pool.MaxConcurrent[i]} trajecten bezet", $"Has room: {pool.Active[i]} of {pool.MaxConcurrent[i]} engagements taken");
            case MatchingFactor.RecentLoad:
                var recent = pool.RecentEngagements[i];
                return recent == 0
                    ? ("Begon de afgelopen 12 maanden geen traject", "Began no engagement in the last 12 months")
                    : ($"Begon de afgelopen 12 maanden {recent} traject{(recent == 1 ? "" : "en")}", $"Began {recent} engagement{(recent == 1 ? "" : "s")} in the last 12 months");
            case MatchingFactor.OutsidePerspective:
                return ("Brengt een blik van buiten de eigen sector of regio", "Brings a view from outside the LC's sector or region");
            default:
                return null;
        }
    }

    private static List<string> ToolNames(ExpertPool pool, RankingQuery query, int i)
    {
        var mask = pool.ToolMask[i] & query.RelevantToolMask;
        var names = new List<string>();
        for (var bit = 0; bit < pool.ToolNames.Length && names.Count < 2; bit++)
        {
            if ((mask & (1UL << bit)) != 0)
            {
                names.Add(pool.ToolNames[bit]);
            }
        }

        return names;
    }

    private static string Join(List<string> items, string and) => items.Count == 1 ? items[0] : $"{items[0]} {and} {items[1]}";
}
