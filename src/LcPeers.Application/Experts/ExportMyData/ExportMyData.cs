using LcPeers.Application.Common;
using LcPeers.Application.Common.Exceptions;
using LcPeers.Application.Common.Security;
using LcPeers.Application.Engagements;
using LcPeers.Domain.Common;
using LcPeers.Domain.Engagements;
using LcPeers.Domain.Matching;
using LcPeers.Domain.Requests;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LcPeers.Application.Experts.ExportMyData;

/// <summary>
/// The right of access and portability: what LcPeers stores about the signed-in expert and is theirs to see (their
/// profile and availability, the invitations they received, their engagements with sessions, feedback given and
/// received). Staff deliberations (candidates not invited, rank, score, staff reasons, who approved) are not the
/// expert's to see and are left out; docs/personal-data.md says why.
/// </summary>
[RequiresRole(Roles.Expert, Roles.Staff)]
public sealed record ExportMyDataQuery : IQuery<ExpertDataExport>;

public sealed record ExpertDataExport(
    DateTimeOffset ExportedAt,
    string AccountEmail,
    ExpertResponse Profile,
    IReadOnlyList<ExportedProposal> Proposals,
    IReadOnlyList<ExportedEngagement> Engagements,
    IReadOnlyList<ExportedFeedback> Feedback);

/// <summary>
/// An invitation the expert received: a proposal from staff approval on (approved, then accepted or declined).
/// <see cref="DeclineReason"/> is the expert's own words when they declined.
/// </summary>
public sealed record ExportedProposal(Guid Id, Guid RequestId, string Status, string? DeclineReason, DateTimeOffset LastChangedAt);

public sealed record ExportedEngagement(Guid Id, Guid RequestId, Guid LearningCommunityId, string Kind, DateOnly Start, DateOnly End, int HoursBudget,
    string Status, DateTimeOffset CreatedAt, DateTimeOffset? CompletedAt, IReadOnlyList<SessionResponse> Sessions);

/// <summary>Ratings about the expert's engagements: by the LC's coordinators, and the expert's own.</summary>
public sealed record ExportedFeedback(Guid EngagementId, string Role, int Rating, string? Comment, DateTimeOffset GivenAt);

internal sealed class ExportMyDataHandler(ILcPeersDb db, ICurrentUser user, ToolResolver tools, TimeProvider time)
    : IQueryHandler<ExportMyDataQuery, ExpertDataExport>
{
    public async ValueTask<ExpertDataExport> Handle(ExportMyDataQuery query, CancellationToken ct)
    {
        var email = user.RequireEmail();
        var expert = await db.Experts.AsNoTracking().FirstOrDefaultAsync(e => e.AccountEmail == email, ct)
            ?? throw new NotFoundException("Expert profile of", email);
        var proposals = await db.Proposals.AsNoTracking()
            .Where(p => p.ExpertId == expert.Id && InvitationStatuses.Contains(p.Status)).OrderBy(p => p.CreatedAt).ToListAsync(ct);
        var engagements = await db.Engagements.AsNoTracking().Include(e => e.Sessions).Where(e => e.ExpertId == expert.Id).OrderBy(e => e.CreatedAt).ToListAsync(ct);
        var feedback = await db.EngagementFeedback.AsNoTracking().Where(f => f.ExpertId == expert.Id).OrderBy(f => f.GivenAt).ToListAsync(ct);
        return new ExpertDataExport(
            time.GetUtcNow(),
            expert.AccountEmail,
            ExpertResponse.From(expert, await tools.NamesAsync(ct), showContact: true),
            [.. proposals.Select(p => new ExportedProposal(p.Id.Value, p.RequestId.Value, Codes<ProposalStatus>.Of(p.Status),
                p.Status == ProposalStatus.Declined ? p.Reason : null, p.UpdatedAt))],
            [.. engagements.Select(e => new ExportedEngagement(e.Id.Value, e.RequestId.Value, e.LearningCommunityId.Value, Codes<RequestKind>.Of(e.Kind),
                e.Start, e.End, e.HoursBudget, Codes<EngagementStatus>.Of(e.Status), e.CreatedAt, e.CompletedAt,
                [.. e.Sessions.OrderBy(x => x.CreatedAt).Select(SessionResponse.From)]))],
            [.. feedback.Select(f => new ExportedFeedback(f.EngagementId.Value, Codes<FeedbackRole>.Of(f.Role), f.Rating, f.Comment, f.GivenAt))]);
    }

    /// <summary>The statuses in which the expert has seen a proposal: staff approved it, so it reached them as an invitation.</summary>
    private static readonly ProposalStatus[] InvitationStatuses = [ProposalStatus.Approved, ProposalStatus.Accepted, ProposalStatus.Declined, ProposalStatus.Withdrawn];
}
