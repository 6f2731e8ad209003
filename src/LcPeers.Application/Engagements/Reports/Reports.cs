using System.Text.Json.Serialization;
using FluentValidation;
using LcPeers.Application.Common;
using LcPeers.Application.Common.Auditing;
using LcPeers.Application.Common.Exceptions;
using LcPeers.Application.Common.Security;
using LcPeers.Application.Common.Validation;
using LcPeers.Domain.Auditing;
using LcPeers.Domain.Engagements;
using LcPeers.Domain.LearningCommunities;
using LcPeers.Domain.Reference;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LcPeers.Application.Engagements.Reports;

public sealed record DimensionAssessmentDto(string? Dimension, int? Level, string? Findings, string? Advice);

/// <summary>The peer reviewer's report: per dimension the LC's level (1-5), findings and advice. No overall grade.</summary>
[RequiresRole(Roles.Expert)]
[EngagementSides(EngagementRole.Expert, Refusal = "The engagement's expert (the peer reviewer) writes the report.")]
public sealed record SubmitReportCommand(string? Summary, IReadOnlyList<DimensionAssessmentDto>? Dimensions) : ICommand<Guid>, IEngagementScoped
{
    [JsonIgnore]
    public Guid EngagementId { get; init; }
}

public sealed class SubmitReportValidator : AbstractValidator<SubmitReportCommand>
{
    public SubmitReportValidator()
    {
        RuleFor(x => x.Summary).MaximumLength(4000).NoControlCharacters();
        RuleFor(x => x.Dimensions).NotEmpty()
            .Must(d => d is not null && d.Count == ReviewDimensions.All.Count && ReviewDimensions.All.SetEquals(d.Select(x => x?.Dimension ?? "")))
            .WithMessage($"'dimensions' assesses each of these once: {string.Join(", ", ReviewDimensions.Ordered)}.");
        RuleForEach(x => x.Dimensions).NotNull().ChildRules(d =>
        {
            d.RuleFor(x => x.Dimension).Must(ReviewDimensions.IsKnown).WithMessage($"'dimension' must be one of: {string.Join(", ", ReviewDimensions.Ordered)}.");
            d.RuleFor(x => x.Level).NotNull().InclusiveBetween(ReviewDimensions.MinLevel, ReviewDimensions.MaxLevel);
            d.RuleFor(x => x.Findings).NotEmpty().MaximumLength(4000).NoControlCharacters();
            d.RuleFor(x => x.Advice).NotEmpty().MaximumLength(4000).NoControlCharacters();
        });
    }
}

public sealed record DimensionResponse(string Dimension, LocalizedText Label, int Level, string Findings, string Advice);

public sealed record ReviewResponse(Guid Id, Guid EngagementId, string ReviewerName, string? Summary, IReadOnlyList<DimensionResponse> Dimensions, DateTimeOffset SubmittedAt);

/// <summary>Every peer-review report of an LC, oldest first, so its development shows (its coordinators and staff).</summary>
[RequiresRole(Roles.Coordinator, Roles.Staff)]
public sealed record ListReviewsQuery(Guid LearningCommunityId) : IQuery<IReadOnlyList<ReviewResponse>>, LearningCommunities.ILearningCommunityScoped;

internal sealed class ReportHandlers(ILcPeersDb db, EngagementAccess access, ICurrentUser user, TimeProvider time)
    : ICommandHandler<SubmitReportCommand, Guid>, IQueryHandler<ListReviewsQuery, IReadOnlyList<ReviewResponse>>
{
    public async ValueTask<Guid> Handle(SubmitReportCommand command, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var (engagement, _) = await access.LoadAsync(command.EngagementId, ct, tracking: false);
        var report = PeerReviewReport.Submit(engagement, command.Summary,
            [.. command.Dimensions!.Select(d => new DimensionAssessment(d.Dimension!, d.Level!.Value, d.Findings!, d.Advice!))], user.Actor(), now);
        db.PeerReviewReports.Add(report);
        db.Record(AuditEntityKinds.Engagement, engagement.Id.Value, AuditActions.Report, null, null, user.Actor(), now, details: $"{{\"reportId\":\"{report.Id}\"}}");
        await db.SaveChangesAsync(ct);
        return report.Id;
    }

    public async ValueTask<IReadOnlyList<ReviewResponse>> Handle(ListReviewsQuery query, CancellationToken ct)
    {
        var lcId = new LearningCommunityId(query.LearningCommunityId);
        if (!await db.LearningCommunities.AnyAsync(lc => lc.Id == lcId, ct))
        {
            throw new NotFoundException("Learning community", query.LearningCommunityId);
        }

        var reports = await db.PeerReviewReports.AsNoTracking().Where(r => r.LearningCommunityId == lcId).OrderBy(r => r.SubmittedAt).ToListAsync(ct);
        var expertIds = reports.Select(r => r.ExpertId).Distinct().ToList();
        var names = await db.Experts.AsNoTracking().Where(e => expertIds.Contains(e.Id)).ToDictionaryAsync(e => e.Id, e => e.DisplayName, ct);
        var labels = await db.ReferenceTerms.AsNoTracking().Where(t => t.Kind == ReferenceKind.ReviewDimension)
            .ToDictionaryAsync(t => t.Code, t => new LocalizedText(t.LabelNl, t.LabelEn), ct);
        return [.. reports.Select(r => new ReviewResponse(
            r.Id, r.EngagementId.Value, names.GetValueOrDefault(r.ExpertId, "?"), r.Summary,
            [.. r.Dimensions.Select(d => new DimensionResponse(d.Dimension, labels.GetValueOrDefault(d.Dimension, new LocalizedText(d.Dimension, d.Dimension)), d.Level, d.Findings, d.Advice))],
            r.SubmittedAt))];
    }
}
