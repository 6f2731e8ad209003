using LcPeers.Application.Common;
using LcPeers.Application.Common.Exceptions;
using LcPeers.Application.Common.Security;
using LcPeers.Domain.Common;
using LcPeers.Domain.Engagements;
using LcPeers.Domain.Matching;
using LcPeers.Domain.Requests;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LcPeers.Application.Experts.ExportMyData;

/// <summary>The right of access and portability: everything LcPeers stores about the signed-in expert.</summary>
[RequiresRole(Roles.Expert, Roles.Staff)]
public sealed record ExportMyDataQuery : IQuery<ExpertDataExport>;

public sealed record ExpertDataExport(
    DateTimeOffset ExportedAt,
    string AccountEmail,
    ExpertResponse Profile,
    IReadOnlyList<ExportedProposal> Proposals,
    IReadOnlyList<ExportedEngagement> Engagements,
    IReadOnlyList<ExportedFeedback> Feedback);

/// <summary>A time the expert was proposed for a request (shown to them only once staff approved it).</summary>
public sealed record ExportedProposal(Guid Id, Guid RequestId, string Status, int Rank, string? Reason, DateTimeOffset CreatedAt);

public sealed record ExportedEngagement(Guid Id, Guid RequestId, Guid LearningCommunityId, string Kind, DateOnly Start, DateOnly End, int HoursBudget,
    string Status, DateTimeOffset CreatedAt, DateTimeOffset? CompletedAt);

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
        var proposals = await db.Proposals.AsNoTracking().Where(p => p.ExpertId == expert.Id).OrderBy(p => p.CreatedAt).ToListAsync(ct);
        var engagements = await db.Engagements.AsNoTracking().Where(e => e.ExpertId == expert.Id).OrderBy(e => e.CreatedAt).ToListAsync(ct);
        var feedback = await db.EngagementFeedback.AsNoTracking().Where(f => f.ExpertId == expert.Id).OrderBy(f => f.GivenAt).ToListAsync(ct);
        return new ExpertDataExport(
            time.GetUtcNow(),
            expert.AccountEmail,
            ExpertResponse.From(expert, await tools.NamesAsync(ct), showContact: true),
            [.. proposals.Select(p => new ExportedProposal(p.Id.Value, p.RequestId.Value, Codes<ProposalStatus>.Of(p.Status), p.Rank, p.Reason, p.CreatedAt))],
            [.. engagements.Select(e => new ExportedEngagement(e.Id.Value, e.RequestId.Value, e.LearningCommunityId.Value, Codes<RequestKind>.Of(e.Kind),
                e.Start, e.End, e.HoursBudget, Codes<EngagementStatus>.Of(e.Status), e.CreatedAt, e.CompletedAt))],
            [.. feedback.Select(f => new ExportedFeedback(f.EngagementId.Value, Codes<FeedbackRole>.Of(f.Role), f.Rating, f.Comment, f.GivenAt))]);
    }
}
