using LcPeers.Application.Common;
using LcPeers.Application.Common.Exceptions;
using LcPeers.Application.Common.Security;
using LcPeers.Application.Matching.CreateProposals;
using LcPeers.Application.Matching.GetCandidates;
using LcPeers.Application.Matching.Snapshot;
using LcPeers.Domain.Common;
using LcPeers.Domain.Experts;
using LcPeers.Domain.Matching;
using LcPeers.Matching.Ranking;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LcPeers.Application.Matching.ProposeExpert;

/// <summary>
/// Staff pick one eligible candidate for a request (not necessarily the best ranked) and propose exactly that expert,
/// for staff to approve like any other proposal. The matching policy decides who is eligible: an excluded expert, an
/// expert proposed for this request before, or a request whose places are all taken is refused with 409.
/// </summary>
[RequiresRole(Roles.Staff)]
public sealed record ProposeExpertCommand(Guid RequestId, Guid ExpertId) : ICommand<ProposalSummary>;

internal sealed class ProposeExpertHandler(ILcPeersDb db, PoolSnapshot snapshot, MatchingSettingsStore settings, ICurrentUser user, TimeProvider time)
    : ICommandHandler<ProposeExpertCommand, ProposalSummary>
{
    public async ValueTask<ProposalSummary> Handle(ProposeExpertCommand command, CancellationToken ct)
    {
        var (request, lc) = await RequestForMatching.LoadAsync(db, command.RequestId, ct);
        var expertId = new ExpertId(command.ExpertId);
        if (!await db.Experts.AnyAsync(e => e.Id == expertId && e.ErasedAt == null, ct))
        {
            throw new NotFoundException("Expert", command.ExpertId);
        }

        var existing = await db.Proposals.AsNoTracking().Where(p => p.RequestId == request.Id).ToListAsync(ct);
        if (existing.Any(p => p.ExpertId == expertId))
        {
            throw new BusinessRuleException(RuleCodes.Proposal.AlreadyProposed, "This expert has already been proposed for this request.");
        }

        if (OpenPlaces.Of(request, existing) == 0)
        {
            throw new BusinessRuleException(RuleCodes.Request.FullyStaffed, "Every place this request asks for already has a proposal or an expert.");
        }

        var (pool, catalogue) = await snapshot.CurrentAsync(ct);
        var query = RankingQuery.Create(pool, request, lc, catalogue, existing.Select(p => p.ExpertId.Value));
        var index = Array.IndexOf(pool.Ids, command.ExpertId);
        var reasons = index < 0 ? ExclusionReason.None : RankingEngine.Exclusions(pool, query, index);
        if (index < 0 || reasons != ExclusionReason.None)
        {
            throw new BusinessRuleException(RuleCodes.Proposal.ExpertNotEligible,
                $"This expert cannot be proposed for this request: {string.Join(", ", reasons.ToCodes())}.");
        }

        // The rank is the expert's place in the ranking, so a picked third candidate reads as rank 3.
        var weights = (await settings.GetAsync(ct)).Weights;
        var ranked = TimedRanking.Rank(pool, query, weights, pool.Count);
        var place = Array.FindIndex(ranked, c => c.Index == index);
        var score = place < 0 ? 0 : ranked[place].Score;
        var now = time.GetUtcNow();
        var proposal = Proposal.Create(request.Id, expertId, place < 0 ? ranked.Length + 1 : place + 1, score, alternate: false, run: null, now);
        db.AddProposals(request, [proposal], user.Actor(), now);
        await db.SaveChangesAsync(ct);
        return new ProposalSummary(proposal.Id.Value, proposal.ExpertId.Value, Codes<ProposalStatus>.Of(proposal.Status), proposal.Rank, proposal.IsAlternate,
            Math.Round(proposal.Score, 4));
    }
}
