using LcPeers.Application.Common;
using LcPeers.Application.Common.Security;
using LcPeers.Application.Matching.GetCandidates;
using LcPeers.Application.Matching.Snapshot;
using LcPeers.Application.Notifications;
using LcPeers.Domain.Common;
using LcPeers.Domain.Experts;
using LcPeers.Domain.Matching;
using LcPeers.Domain.Requests;
using LcPeers.Matching;
using LcPeers.Matching.Assignment;
using LcPeers.Matching.Ranking;
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

internal sealed class CreateProposalsHandler(ILcPeersDb db, PoolSnapshot snapshot, MatchingSettingsStore settings, Notifier notifier, ICurrentUser user, TimeProvider time)
    : ICommandHandler<CreateProposalsCommand, ProposalListResponse>
{
    public async ValueTask<ProposalListResponse> Handle(CreateProposalsCommand command, CancellationToken ct)
    {
        var (request, lc) = await RequestForMatching.LoadAsync(db, command.RequestId, ct);
        var existing = await db.Proposals.AsNoTracking().Where(p => p.RequestId == request.Id).ToListAsync(ct);
        if (existing.Any(p => p.Status is ProposalStatus.Proposed or ProposalStatus.Approved or ProposalStatus.Alternate))
        {
            throw new BusinessRuleException(RuleCodes.Request.HasOpenProposals, "This request already has proposals waiting for a decision.");
        }

        var (pool, catalogue) = await snapshot.CurrentAsync(ct);
        var query = RankingQuery.Create(pool, request, lc, catalogue, existing.Select(p => p.ExpertId.Value));
        var weights = (await settings.GetAsync(ct)).Weights;
        var accepted = existing.Count(p => p.Status == ProposalStatus.Accepted);
        var needed = Math.Max(0, request.ExpertsWanted - accepted);
        var ranked = TimedRanking.Rank(pool, query, weights, needed + MatchingPolicy.AlternatesPerProposalCall).ToList();
        if (ranked.Count == 0)
        {
            // The coordinators hear it (once per request) even though staff get a 409: the notice is saved first.
            await notifier.NoCandidatesAsync(request, time.GetUtcNow(), ct);
            await db.SaveChangesAsync(ct);
            throw new BusinessRuleException(RuleCodes.Request.NoCandidates, $"No expert can be proposed: {Eligibility.WhyNobody(pool, query)}.");
        }

        TeamRule.Apply(pool, query, weights, ranked, needed);
        if (ranked.Count > needed + MatchingPolicy.AlternatesPerProposalCall)
        {
            ranked.RemoveRange(needed + MatchingPolicy.AlternatesPerProposalCall, ranked.Count - needed - MatchingPolicy.AlternatesPerProposalCall);
        }

        var now = time.GetUtcNow();
        var proposals = ranked.Select((c, n) => Proposal.Create(request.Id, new ExpertId(pool.Ids[c.Index]), n + 1, c.Score, alternate: n >= needed, run: null, now)).ToList();
        db.AddProposals(request, proposals, user.Actor(), now);
        await db.SaveChangesAsync(ct);
        return new ProposalListResponse([.. proposals.Select(p => new ProposalSummary(p.Id.Value, p.ExpertId.Value, Codes<ProposalStatus>.Of(p.Status), p.Rank, p.IsAlternate, Math.Round(p.Score, 4)))]);
    }
}
