using LcPeers.Application.Common;
using LcPeers.Application.Common.Diagnostics;
using LcPeers.Application.Common.Security;
using LcPeers.Application.Matching.GetCandidates;
using LcPeers.Application.Matching.Ranking;
using LcPeers.Domain.Auditing;
using LcPeers.Domain.Common;
using LcPeers.Domain.Experts;
using LcPeers.Domain.Matching;
using LcPeers.Domain.Requests;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LcPeers.Application.Matching.CreateProposals;

/// <summary>
/// Staff ask the matching for one request: the best <c>expertsWanted</c> candidates become proposals (for staff to
/// approve; nothing reaches experts or the LC yet) and the next ones are kept as alternates.
/// </summary>
[RequiresRole(Roles.Staff)]
public sealed record CreateProposalsCommand(Guid RequestId) : ICommand<ProposalListResponse>;

public sealed record ProposalSummary(Guid Id, Guid ExpertId, string Status, int Rank, bool Alternate, double Score);

public sealed record ProposalListResponse(IReadOnlyList<ProposalSummary> Items);

internal sealed class CreateProposalsHandler(ILcPeersDb db, MatchingPoolLoader loader, MatchingSettingsStore settings, ICurrentUser user, TimeProvider time)
    : ICommandHandler<CreateProposalsCommand, ProposalListResponse>
{
    public const int Alternates = 3;

    public async ValueTask<ProposalListResponse> Handle(CreateProposalsCommand command, CancellationToken ct)
    {
        var (request, lc) = await RequestForMatching.LoadAsync(db, command.RequestId, ct);
        var existing = await db.Proposals.AsNoTracking().Where(p => p.RequestId == request.Id).ToListAsync(ct);
        if (existing.Any(p => p.Status is ProposalStatus.Proposed or ProposalStatus.Approved or ProposalStatus.Alternate))
        {
            throw new BusinessRuleException("request.has-open-proposals", "This request already has proposals waiting for a decision.");
        }

        var (pool, catalogue) = await loader.LoadAsync(ct);
        var query = RankingQuery.Create(pool, request, lc, catalogue, existing.Select(p => p.ExpertId.Value));
        var weights = (await settings.GetAsync(ct)).Weights;
        var accepted = existing.Count(p => p.Status == ProposalStatus.Accepted);
        var needed = Math.Max(0, request.ExpertsWanted - accepted);
        var ranked = RankingEngine.RankTimed(pool, query, weights, needed + Alternates).ToList();
        if (ranked.Count == 0)
        {
            throw new BusinessRuleException("request.no-candidates", $"No expert can be proposed: {WhyNobody(pool, query)}.");
        }

        ApplyTeamRule(pool, query, weights, request, ranked, needed);
        if (ranked.Count > needed + Alternates)
        {
            ranked.RemoveRange(needed + Alternates, ranked.Count - needed - Alternates);
        }

        var now = time.GetUtcNow();
        var proposals = ranked.Select((c, n) => Proposal.Create(request.Id, new ExpertId(pool.Ids[c.Index]), n + 1, c.Score, alternate: n >= needed, run: null, now)).ToList();
        db.Proposals.AddRange(proposals);
        foreach (var p in proposals)
        {
            LcPeersDiagnostics.ProposalTransitions.Add(1, new KeyValuePair<string, object?>("status", Codes<ProposalStatus>.Of(p.Status)));
            db.AuditEntries.Add(AuditEntry.Record("proposal", p.Id.Value, "proposed", null, Codes<ProposalStatus>.Of(p.Status), user.Actor(), now));
        }

        if (request.Status == RequestStatus.Submitted)
        {
            request.StartMatching(user.Actor(), now);
            db.AuditEntries.Add(AuditEntry.Record("request", request.Id.Value, "status-changed", "submitted", "matching", user.Actor(), now));
        }

        await db.SaveChangesAsync(ct);
        return new ProposalListResponse([.. proposals.Select(p => new ProposalSummary(p.Id.Value, p.ExpertId.Value, Codes<ProposalStatus>.Of(p.Status), p.Rank, p.IsAlternate, Math.Round(p.Score, 4)))]);
    }

    /// <summary>
    /// A peer review by a team includes at least one peer reviewer: when the top has none, the best-ranked eligible
    /// reviewer in the whole pool takes the last place (the rest of the list moves down).
    /// </summary>
    internal static void ApplyTeamRule(ExpertPool pool, RankingQuery query, MatchingWeights weights, SupportRequest request, List<RankedCandidate> ranked, int needed)
    {
        if (request.Kind != RequestKind.PeerReview || request.ExpertsWanted < 2 || needed < 1 || ranked.Count < needed)
        {
            return;
        }

        bool IsReviewer(RankedCandidate c) => pool.Offers(c.Index, ExpertRole.PeerReviewer);
        if (ranked.Take(needed).Any(IsReviewer))
        {
            return;
        }

        // The reviewer may rank below the alternates: look through every eligible expert (rare, and one linear pass).
        var reviewer = RankingEngine.Rank(pool, query, weights, Math.Max(1, pool.Count)).Cast<RankedCandidate?>().FirstOrDefault(c => IsReviewer(c!.Value));
        if (reviewer is { } r)
        {
            ranked.Remove(r);
            ranked.Insert(needed - 1, r);
        }
    }

    /// <summary>"12 conflict-of-interest, 30 at-capacity, …": the most frequent reasons first.</summary>
    internal static string WhyNobody(ExpertPool pool, RankingQuery query) =>
        pool.Count == 0 ? "the expert pool is empty" : string.Join(", ", ExclusionCounts(pool, query).Select(c => $"{c.Count} {c.Code}"));

    /// <summary>How many experts each hard filter excludes for the request, the most frequent first.</summary>
    internal static IReadOnlyList<(string Code, int Count)> ExclusionCounts(ExpertPool pool, RankingQuery query)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < pool.Count; i++)
        {
            foreach (var code in RankingEngine.Exclusions(pool, query, i).ToCodes())
            {
                counts[code] = counts.GetValueOrDefault(code) + 1;
            }
        }

        return [.. counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).Select(c => (c.Key, c.Value))];
    }
}
