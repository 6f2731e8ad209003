using LcPeers.Application.Common;
using LcPeers.Application.Common.Security;
using LcPeers.Domain.Common;
using LcPeers.Domain.Matching;
using LcPeers.Domain.Reference;
using LcPeers.Domain.Requests;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LcPeers.Application.Experts.MyInvitations;

/// <summary>An approved proposal waiting for the expert's answer: the LC and the help it asks, nobody's contact details.</summary>
public sealed record InvitationResponse(
    Guid ProposalId,
    Guid RequestId,
    string LearningCommunityName,
    string Kind,
    string Phase,
    IReadOnlyList<string> Bottlenecks,
    string Description,
    DateOnly Start,
    DateOnly End,
    int Hours,
    string Format,
    string? Region,
    string? Location,
    IReadOnlyList<string> Languages,
    DateTimeOffset InvitedAt,
    int Version)
{
    /// <summary>What the current user may do with the invitation now (<c>accept</c>, <c>decline</c>), decided by the domain.</summary>
    public IReadOnlyList<string> Actions { get; init; } = [];

    /// <summary>Answer by then; unanswered, the invitation expires and the next candidate is asked.</summary>
    public DateTimeOffset? AnswerBy { get; init; }
}

/// <summary>The signed-in expert's invitations awaiting an answer.</summary>
[RequiresRole(Roles.Expert, Roles.Staff)]
public sealed record ListMyInvitationsQuery : IQuery<IReadOnlyList<InvitationResponse>>;

internal sealed class ListMyInvitationsHandler(ILcPeersDb db, ICurrentUser user) : IQueryHandler<ListMyInvitationsQuery, IReadOnlyList<InvitationResponse>>
{
    public async ValueTask<IReadOnlyList<InvitationResponse>> Handle(ListMyInvitationsQuery query, CancellationToken ct)
    {
        var email = user.RequireEmail();
        var expertId = await db.Experts.Where(e => e.AccountEmail == email).Select(e => (Domain.Experts.ExpertId?)e.Id).FirstOrDefaultAsync(ct);
        if (expertId is not { } me)
        {
            return [];
        }

        var proposals = await db.Proposals.AsNoTracking().Where(p => p.ExpertId == me && p.Status == ProposalStatus.Approved).OrderBy(p => p.UpdatedAt).ToListAsync(ct);
        var requestIds = proposals.Select(p => p.RequestId).ToList();
        var requests = await db.SupportRequests.AsNoTracking().Where(r => requestIds.Contains(r.Id)).ToDictionaryAsync(r => r.Id, ct);
        var lcIds = requests.Values.Select(r => r.LearningCommunityId).Distinct().ToList();
        var names = await db.LearningCommunities.AsNoTracking().Where(lc => lcIds.Contains(lc.Id)).ToDictionaryAsync(lc => lc.Id, lc => lc.Name, ct);
        var viewer = new Viewer(user.Actor(), IsOwnExpert: true);
        return [.. proposals.Select(p =>
        {
            var r = requests[p.RequestId];
            var terms = r.Terms; // invitations go out for submitted requests only
            return new InvitationResponse(p.Id.Value, r.Id.Value, names.GetValueOrDefault(r.LearningCommunityId, "?"), Codes<RequestKind>.Of(terms.Kind), Codes<Phase>.Of(terms.Phase),
                [.. r.Bottlenecks.Select(Codes<Bottleneck>.Of)], r.Description, terms.Start, terms.End, terms.Hours, Codes<WorkFormat>.Of(terms.Format), r.Region, r.Location,
                [.. r.Languages.Select(Codes<Language>.Of)], p.InvitedAt ?? p.UpdatedAt, p.Version)
            {
                Actions = p.AllowedActions(viewer),
                AnswerBy = p.AnswerBy,
            };
        })];
    }
}
