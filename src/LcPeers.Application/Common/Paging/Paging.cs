using FluentValidation;

namespace LcPeers.Application.Common.Paging;

/// <summary>A query that returns one page. Page is 1-based.</summary>
public interface IPagedQuery
{
    int? Page { get; }
    int? PageSize { get; }
}

public static class Paging
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 200;

    public static int PageOf(this IPagedQuery query) => query.Page ?? 1;

    public static int SizeOf(this IPagedQuery query) => query.PageSize ?? DefaultPageSize;

    public static int SkipOf(this IPagedQuery query) => (query.PageOf() - 1) * query.SizeOf();

    /// <summary>Shared rules: page ≥ 1, 1 ≤ pageSize ≤ 200.</summary>
    public static void AddPagingRules<T>(this AbstractValidator<T> validator) where T : IPagedQuery
    {
        validator.RuleFor(q => q.Page).GreaterThanOrEqualTo(1).WithName("page");
        validator.RuleFor(q => q.PageSize).InclusiveBetween(1, MaxPageSize).WithName("pageSize");
    }
}
