using LcPeers.Application.Common;
using LcPeers.Application.Common.Accounts;
using LcPeers.Application.Common.Exceptions;
using LcPeers.Application.Common.Security;
using LcPeers.Domain.Common;
using LcPeers.Domain.Matching;
using LcPeers.Domain.Requests;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LcPeers.Application.Matching.ListProposals;

/// <summary>A request's proposal as staff see it in the web UI, with the expert's display name.</summary>
public sealed record RequestProposalResponse(Guid Id, Guid ExpertId, string ExpertName, int Rank, bool Alternate, double Score, string Status, IReadOnlyList<string> ApprovedBy, string? Reason, int Version)
{
    /// <summary>What the current user may do with the proposal now (<c>approve</c>, <c>reject</c>), decided by the domain.</summary>
    public IReadOnlyList<string> Actions { get; init; } = [];

    /// <summary>When the invited expert's answer window closes (approved and later: the date it had).</summary>
    public DateTimeOffset? AnswerBy { get; init; }
}

/// <summary>Staff: every proposal made for one request, best rank first.</summary>
[RequiresRole(Roles.Staff)]
public sealed record ListRequestProposalsQuery(Guid RequestId) : IQuery<IReadOnlyList<RequestProposalResponse>>;

internal sealed class ListRequestProposalsHandler(ILcPeersDb db, ICurrentUser user, ActorNames actorNames) : IQueryHandler<ListRequestProposalsQuery, IReadOnlyList<RequestProposalResponse>>
{
    public async ValueTask<IReadOnlyList<RequestProposalResponse>> Handle(ListRequestProposalsQuery query, CancellationToken ct)
    {
        var requestId = new SupportRequestId(query.RequestId);
        if (!await db.SupportRequests.AnyAsync(r => r.Id == requestId, ct))
        {
            throw new NotFoundException("Request", query.RequestId);
        }

        var proposals = await db.Proposals.AsNoTracking().Where(p => p.RequestId == requestId).ToListAsync(ct);
        var expertIds = proposals.Select(p => p.ExpertId).Distinct().ToList();
        var names = await db.Experts.AsNoTracking().Where(e => expertIds.Contains(e.Id)).ToDictionaryAsync(e => e.Id, e => e.DisplayName, ct);
        var viewer = new Viewer(user.Actor(), IsStaff: true);
        var actors = await actorNames.ResolveAsync(proposals.SelectMany(p => p.ApprovedBy), ct);
        return [.. proposals
            .OrderBy(p => p.CreatedAt).ThenBy(p => p.Rank)
            .Select(p => new RequestProposalResponse(p.Id.Value, p.ExpertId.Value, names.GetValueOrDefault(p.ExpertId, ""), p.Rank, p.IsAlternate,
                Math.Round(p.Score, 4), Codes<ProposalStatus>.Of(p.Status), [.. p.ApprovedBy.Select(a => actors[a])], p.Reason, p.Version)
            {
                Actions = p.AllowedActions(viewer),
                AnswerBy = p.AnswerBy,
            })];
    }
}
