using System.Diagnostics;
using LcPeers.Application.Common.Diagnostics;
using LcPeers.Domain.Matching;
using LcPeers.Matching.Ranking;

namespace LcPeers.Application.Matching;

/// <summary>The ranking as the use cases call it: <see cref="RankingEngine.Rank"/> with its duration recorded.</summary>
internal static class TimedRanking
{
    /// <summary><see cref="RankingEngine.Rank"/> with its duration recorded in the <c>lcpeers.ranking.duration</c> histogram.</summary>
    public static RankedCandidate[] Rank(ExpertPool pool, RankingQuery query, MatchingWeights weights, int top)
    {
        var started = Stopwatch.GetTimestamp();
        var result = RankingEngine.Rank(pool, query, weights, top);
        LcPeersDiagnostics.RankingDuration.Record(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        return result;
    }
}
