using FluentValidation;
using LcPeers.Application.Common;
using LcPeers.Application.Common.Paging;
using LcPeers.Application.Common.Security;
using LcPeers.Application.Common.Validation;
using LcPeers.Domain.Common;
using LcPeers.Domain.Experts;
using LcPeers.Domain.Reference;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LcPeers.Application.Experts.ListExperts;

/// <summary>
/// Staff browse the pool: <c>competence</c> is a bottleneck theme the expert knows, <c>phase</c> one they guided
/// LCs through, <c>region</c> a province they serve, <c>tool</c> a tool (name or id) they facilitate; <c>q</c> part of
/// their display name or email address; <c>stale</c> true lists only experts whose availability went unconfirmed.
/// </summary>
[RequiresRole(Roles.Staff)]
public sealed record ListExpertsQuery(string? Competence, string? Phase, string? Region, string? Tool, int? Page, int? PageSize)
    : IQuery<PagedResponse<ExpertResponse>>, IPagedQuery
{
    public const int MaxQLength = 100;

    public string? Q { get; init; }

    public bool? Stale { get; init; }
}

public sealed class ListExpertsValidator : AbstractValidator<ListExpertsQuery>
{
    public ListExpertsValidator()
    {
        this.AddPagingRules();
        RuleFor(q => q.Competence).Must(c => c is null || Codes<Bottleneck>.IsValid(c))
            .WithMessage($"'competence' must be one of: {string.Join(", ", Codes<Bottleneck>.All)}.");
        RuleFor(q => q.Phase).Must(p => p is null || Codes<Phase>.IsValid(p))
            .WithMessage($"'phase' must be one of: {string.Join(", ", Codes<Phase>.All)}.");
        RuleFor(q => q.Region).Must(r => r is null || Provinces.IsKnown(r))
            .WithMessage($"'region' must be a Dutch province: {string.Join(", ", Provinces.All)}.");
        RuleFor(q => q.Tool).MaximumLength(200).SingleLine();
        RuleFor(q => q.Q).MaximumLength(ListExpertsQuery.MaxQLength).SingleLine().WithName("q");
    }
}

internal sealed class ListExpertsHandler(ILcPeersDb db, ToolResolver tools) : IQueryHandler<ListExpertsQuery, PagedResponse<ExpertResponse>>
{
    public async ValueTask<PagedResponse<ExpertResponse>> Handle(ListExpertsQuery query, CancellationToken ct)
    {
        var experts = db.Experts.AsNoTracking().Where(e => e.ErasedAt == null);

        if (!string.IsNullOrWhiteSpace(query.Q))
        {
            var pattern = LikePattern.Contains(query.Q.Trim());
            experts = experts.Where(e => EF.Functions.Like(e.DisplayName, pattern, LikePattern.Escape)
                || EF.Functions.Like(e.AccountEmail, pattern, LikePattern.Escape)
                || (e.Email != null && EF.Functions.Like(e.Email, pattern, LikePattern.Escape)));
        }

        if (query.Stale is { } stale)
        {
            experts = stale ? experts.Where(e => e.StaleSince != null) : experts.Where(e => e.StaleSince == null);
        }

        if (query.Region is not null)
        {
            var province = Provinces.Normalise(query.Region);
            experts = experts.Where(e => e.Regions.Contains(province));
        }

        if (await tools.ResolveOneAsync(query.Tool, "tool", ct) is { } tool)
        {
            experts = experts.Where(e => e.Tools.Contains(tool));
        }

        // Competences and phases live in JSON documents behind the aggregate's private lists; the database looks into them.
        if (query.Competence is not null)
        {
            var bottleneck = Codes<Bottleneck>.Parse(query.Competence);
            experts = experts.Where(e => EF.Property<List<Competence>>(e, "_competences").Any(c => c.Bottleneck == bottleneck));
        }

        if (query.Phase is not null)
        {
            var phase = Codes<Phase>.Parse(query.Phase);
            experts = experts.Where(e => EF.Property<List<PhaseExperience>>(e, "_phasesGuided").Any(p => p.Phase == phase));
        }

        var total = await experts.CountAsync(ct);
        var rows = await experts.OrderBy(e => e.DisplayName).ThenBy(e => e.Id).Skip(query.SkipOf()).Take(query.SizeOf()).ToListAsync(ct);
        var names = await tools.NamesAsync(ct);
        var page = rows.Select(e => ExpertResponse.From(e, names, showContact: true)).ToList();
        return new PagedResponse<ExpertResponse>(page, total, query.PageOf(), query.SizeOf());
    }
}
