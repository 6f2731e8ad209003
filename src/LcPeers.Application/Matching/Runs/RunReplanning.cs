using LcPeers.Application.Common;
using LcPeers.Application.Matching.ApproveProposal;
using LcPeers.Domain.Accounts;
using LcPeers.Domain.Experts;
using LcPeers.Domain.Matching;
using LcPeers.Domain.Requests;
using LcPeers.Matching;
using LcPeers.Matching.Assignment;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LcPeers.Application.Matching.Runs;

/// <summary>What a re-planning run did: its ranking, the assignment of the free places, and how many proposals it added.</summary>
internal sealed record ReplannedRun(RankedRun Ranked, AssignmentSolution Solution, int Added);

/// <summary>
/// A re-planning run (<see cref="MatchingRun.Replan"/>) over every submitted or matching request: approved and accepted
/// pairs stay, proposed pairs stay unless replacing one improves the total by more than
/// <see cref="MatchingOptions.ReplanThreshold"/>, and open places (an expert declined, an invitation expired or was
/// withdrawn) are filled (<see cref="MinimalChangeReplanner"/>). Replaced proposals are superseded; the change list
/// against the previous proposals is recorded on the run.
/// </summary>
internal sealed class RunReplanning(ILcPeersDb db, RunRanking ranking, IAssignmentSolver solver, IOptions<MatchingOptions> options, TimeProvider time)
{
    public Task<List<SupportRequest>> RequestsAsync(CancellationToken ct) =>
        db.SupportRequests.Where(r => r.Status == RequestStatus.Submitted || r.Status == RequestStatus.Matching)
            .OrderBy(r => r.CreatedAt).ThenBy(r => r.Id)
            .ToListAsync(ct);

    public async Task<ReplannedRun> ExecuteAsync(MatchingRun run, IReadOnlyList<SupportRequest> requests, CancellationToken ct)
    {
        var ids = requests.Select(r => r.Id).ToList();
        var proposals = await db.Proposals.Where(p => ids.Contains(p.RequestId)).ToListAsync(ct);
        var byRequest = proposals.ToLookup(p => p.RequestId);
        var fixedPairs = proposals.Where(p => p.Status is ProposalStatus.Approved or ProposalStatus.Accepted).ToList();
        var proposed = proposals.Where(p => p.Status == ProposalStatus.Proposed).ToList();
        var scope = new ReplanScope(
            requests.ToDictionary(r => r.Id, r => byRequest[r.Id].Where(p => p.Status != ProposalStatus.Proposed).Select(p => p.ExpertId.Value).ToArray()),
            requests.ToDictionary(r => r.Id, r => byRequest[r.Id].Where(p => p.Status == ProposalStatus.Proposed).Select(p => p.ExpertId.Value).ToArray()),
            fixedPairs.GroupBy(p => p.ExpertId.Value).ToDictionary(g => g.Key, g => g.Count()));
        var ranked = await ranking.RankAsync(run, requests, ct, scope);

        var previous = new PreviousPlan(
            [.. fixedPairs.Select(p => new PlannedPair(Key(p.RequestId), Key(p.ExpertId),
                p.Status == ProposalStatus.Approved ? ReplanChangeCodes.KeptApproved : ReplanChangeCodes.KeptAccepted))],
            [.. proposed.Select(p => new PlannedPair(Key(p.RequestId), Key(p.ExpertId)))],
            (int)Math.Round(Math.Max(0, options.Value.ReplanThreshold) * MatchingPolicy.CostScale));
        var result = MinimalChangeReplanner.Replan(solver, ranked.Problem, previous);
        run.ReportProgress(80);

        var now = time.GetUtcNow();
        foreach (var change in result.Changes.Where(c => c.Removed is not null))
        {
            proposed.Single(p => Key(p.RequestId) == change.Request && Key(p.ExpertId) == change.Removed)
                .Supersede(AccountId.System, $"A re-planning run replaced this proposal ({change.Code}).", now);
        }

        var added = 0;
        foreach (var group in result.Changes.Where(c => c.Added is not null).GroupBy(c => c.Request))
        {
            var request = requests.Single(r => Key(r.Id) == group.Key);
            var lastRank = byRequest[request.Id].Select(p => p.Rank).DefaultIfEmpty(0).Max();
            var candidates = ranked.Ranked[request.Id];
            var created = group.Select((c, n) =>
            {
                var expert = Guid.Parse(c.Added!);
                var score = candidates.First(x => ranked.Pool.Ids[x.Index] == expert).Score;
                return Proposal.Create(request.Id, new ExpertId(expert), lastRank + n + 1, score, alternate: false, run.Id, now);
            }).ToList();
            db.AddProposals(request, created, AccountId.System, now);
            added += created.Count;
        }

        run.RecordChanges(result.Changes.Select(c => new RunChange(Guid.Parse(c.Request), c.Code, Id(c.Removed), Id(c.Added), Id(c.Kept))));
        return new ReplannedRun(ranked, result.Solution, added);
    }

    private static string Key(SupportRequestId id) => id.Value.ToString();

    private static string Key(ExpertId id) => id.Value.ToString();

    private static Guid? Id(string? key) => key is null ? null : Guid.Parse(key);
}
