using LcPeers.Application.Common;
using LcPeers.Domain.Accounts;
using LcPeers.Domain.Experts;
using LcPeers.Domain.Matching;
using LcPeers.Domain.Requests;
using LcPeers.Matching;
using LcPeers.Matching.Assignment;

namespace LcPeers.Application.Matching.Runs;

/// <summary>A run's last step: the solver's assignments become proposals (plus alternates), the unmet places become reasons.</summary>
internal static class RunOutcome
{
    /// <returns>The number of proposals (alternates not counted).</returns>
    public static int AddProposals(ILcPeersDb db, IReadOnlyList<SupportRequest> requests, RankedRun ranked, AssignmentSolution solution, MatchingRunId runId, DateTimeOffset now)
    {
        var assigned = solution.Assignments.GroupBy(a => a.Request).ToDictionary(g => g.Key, g => g.Select(a => Guid.Parse(a.Expert)).ToHashSet());
        var actor = AccountId.System; // the run decides, not a person: staff who started it are on the run
        var count = 0;
        foreach (var request in requests)
        {
            if (!assigned.TryGetValue(request.Id.Value.ToString(), out var chosen) || chosen.Count == 0)
            {
                continue;
            }

            var candidates = ranked.Ranked[request.Id];
            var picked = candidates.Where(c => chosen.Contains(ranked.Pool.Ids[c.Index])).Select(c => (c, Alternate: false))
                .Concat(candidates.Where(c => !chosen.Contains(ranked.Pool.Ids[c.Index])).Take(MatchingPolicy.AlternatesPerRun).Select(c => (c, Alternate: true)));
            var proposals = picked.Select((x, n) => Proposal.Create(request.Id, new ExpertId(ranked.Pool.Ids[x.c.Index]), n + 1, x.c.Score, x.Alternate, runId, now)).ToList();
            db.AddProposals(request, proposals, actor, now);
            count += proposals.Count(p => !p.IsAlternate);
        }

        return count;
    }

    /// <summary>The requests nobody can take, and the places the solver left open, each with its reason.</summary>
    public static IEnumerable<UnstaffableRequest> Unstaffable(IReadOnlyList<SupportRequest> requests, RankedRun ranked, AssignmentSolution solution)
    {
        foreach (var nobody in ranked.Nobody)
        {
            yield return nobody;
        }

        foreach (var unmet in solution.Unmet)
        {
            var request = requests.First(r => r.Id.Value.ToString() == unmet.Request);
            var eligible = ranked.Ranked[request.Id].Length;
            yield return new UnstaffableRequest(request.Id.Value, unmet.Missing,
                eligible < request.ExpertsWanted ? ["too-few-eligible"] : ["taken-by-other-requests"],
                eligible < request.ExpertsWanted
                    ? $"Only {eligible} eligible expert(s) for {request.ExpertsWanted} place(s)."
                    : TeamRule.Applies(request.Terms.Kind, request.ExpertsWanted)
                        ? "The eligible experts' capacity went to better-fitting requests, or no peer reviewer was left for the team."
                        : "The eligible experts' capacity went to better-fitting requests.");
        }
    }
}
