using LcPeers.Domain.Reference;

namespace LcPeers.Application.Monitor.Needs;

/// <summary>What the monitor knows about one request when weighing demand: its phase, themes, provinces and outcome.</summary>
/// <param name="Phase">The phase the request is for.</param>
/// <param name="Bottlenecks">The bottlenecks it names.</param>
/// <param name="Provinces">The provinces of the request's region (or its LC's); empty when unknown.</param>
/// <param name="DaysToMatch">Days from submission to the first engagement, when one began.</param>
/// <param name="FoundNobody">Whether it ended, or was reported by a batch run, without anyone to take it.</param>
public sealed record DemandFact(Phase Phase, IReadOnlyList<Bottleneck> Bottlenecks, IReadOnlyList<string> Provinces, double? DaysToMatch, bool FoundNobody);

/// <summary>What the monitor knows about one expert who could take a request now: the phases and themes they cover, where.</summary>
public sealed record SupplyFact(IReadOnlyList<Phase> Phases, IReadOnlyList<Bottleneck> Bottlenecks, IReadOnlyList<string> Provinces);

/// <summary>
/// Needs against supply: for every phase × bottleneck, nationally (province <c>null</c>) and per province, the requests
/// against the experts who could take such a request now. Pure, so tests compare it with a plain count.
/// </summary>
public static class NeedsCalculator
{
    public static IReadOnlyList<NeedRow> Rows(IReadOnlyList<DemandFact> demand, IReadOnlyList<SupplyFact> supply)
    {
        ArgumentNullException.ThrowIfNull(demand);
        ArgumentNullException.ThrowIfNull(supply);
        var rows = new List<NeedRow>();
        foreach (var phase in Enum.GetValues<Phase>())
        {
            foreach (var bottleneck in Enum.GetValues<Bottleneck>())
            {
                var requests = demand.Where(d => d.Phase == phase && d.Bottlenecks.Contains(bottleneck)).ToList();
                var experts = supply.Where(s => s.Phases.Contains(phase) && s.Bottlenecks.Contains(bottleneck)).ToList();
                rows.Add(Row(phase, bottleneck, null, requests, experts.Count));
                foreach (var province in Provinces.All)
                {
                    rows.Add(Row(phase, bottleneck, province, [.. requests.Where(r => r.Provinces.Contains(province))],
                        experts.Count(e => e.Provinces.Contains(province))));
                }
            }
        }

        return rows;
    }

    private static NeedRow Row(Phase phase, Bottleneck bottleneck, string? province, List<DemandFact> requests, int eligible) => new(
        Domain.Common.Codes<Phase>.Of(phase),
        Domain.Common.Codes<Bottleneck>.Of(bottleneck),
        province,
        requests.Count,
        eligible,
        requests.Count == 0 ? null : Math.Round((double)eligible / requests.Count, 2),
        Median([.. requests.Where(r => r.DaysToMatch is not null).Select(r => r.DaysToMatch!.Value)]),
        requests.Count == 0 ? null : Math.Round((double)requests.Count(r => r.FoundNobody) / requests.Count, 2));

    /// <summary>The median of the values (the mean of the middle two for an even count), one decimal; null when there are none.</summary>
    public static double? Median(IReadOnlyList<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count == 0)
        {
            return null;
        }

        var sorted = values.Order().ToArray();
        var mid = sorted.Length / 2;
        var median = sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
        return Math.Round(median, 1);
    }
}
