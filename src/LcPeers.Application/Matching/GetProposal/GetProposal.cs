using LcPeers.Application.Common;
using LcPeers.Application.Common.Accounts;
using LcPeers.Application.Common.Exceptions;
using LcPeers.Application.Common.Security;
using LcPeers.Application.Experts;
using LcPeers.Domain.Common;
using LcPeers.Domain.Engagements;
using LcPeers.Domain.Matching;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LcPeers.Application.Matching.GetProposal;

/// <summary>One proposal: staff, or its expert once staff approved it.</summary>
[RequiresRole(Roles.Expert, Roles.Staff)]
public sealed record GetProposalQuery(Guid Id) : IQuery<ProposalResponse>;

internal sealed class GetProposalHandler(ActorNames actorNames, ILcPeersDb db, ICurrentUser user) : IQueryHandler<GetProposalQuery, ProposalResponse>
{
    public async ValueTask<ProposalResponse> Handle(GetProposalQuery query, CancellationToken ct)
    {
        var id = new ProposalId(query.Id);
        var proposal = await db.Proposals.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, ct) ?? throw new NotFoundException("Proposal", query.Id);
        var engagementId = (await db.Engagements.Where(e => e.ProposalId == id).Select(e => (EngagementId?)e.Id).FirstOrDefaultAsync(ct))?.Value;
        if (user.IsStaff())
        {
            return ProposalResponse.From(proposal, engagementId, full: true, new Viewer(user.Actor(), IsStaff: true),
                await actorNames.ResolveAsync(ProposalResponse.ActorsOf(proposal), ct));
        }

        // Not staff, so the proposal's own expert (GetProposalAuthorizer), who sees it only once approved.
        if (proposal.Status is not (ProposalStatus.Approved or ProposalStatus.Accepted or ProposalStatus.Declined))
        {
            throw new NotFoundException("Proposal", query.Id);
        }

        return ProposalResponse.From(proposal, engagementId, full: false, new Viewer(user.Actor(), IsOwnExpert: true));
    }
}
