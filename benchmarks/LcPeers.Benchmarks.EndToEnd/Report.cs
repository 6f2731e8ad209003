using System.Globalization;
using System.Text;

namespace LcPeers.Benchmarks.EndToEnd;

internal static class Report
{
    public static string Markdown(IEnumerable<SizeResult> results)
    {
        var text = new StringBuilder();
        text.AppendLine("| Pool | Ready after | Pool build | Candidates right after ready | Quiet after | Candidates median / p95 | 4 clients | After an edit median / p95 | Proposals median / p95 | Expert list median / p95 | filtered | Batch run | Peak WS | WS after |");
        text.AppendLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var r in results)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"| {r.Experts:N0} | {r.ReadyAfterSeconds:F1} s | {r.PoolBuildSeconds:F1} s | {T(r.CandidatesRightAfterReady)} | {r.QuietAfterSeconds:F1} s | {T(r.Candidates)} | {r.CandidatesPerSecondFourClients:F0}/s | {T(r.CandidatesAfterAnEdit)} | {T(r.Proposals)} | {T(r.ExpertList)} | {T(r.ExpertListFiltered)} | {r.BatchRunSeconds:F2} s ({r.BatchRequests}) | {r.PeakWorkingSetMb:F0} MB | {r.WorkingSetAfterMb:F0} MB |");
        }

        return text.ToString();
    }

    private static string T(Timing t) => string.Create(CultureInfo.InvariantCulture, $"{t.MedianMs:F1} / {t.P95Ms:F1} ms");
}
