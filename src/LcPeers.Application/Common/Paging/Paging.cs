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

    /// <summary>
    /// The last page anyone may ask for: 100,000 pages of 200 rows (20 million rows) fit an <c>int</c> offset with room
    /// to spare, so the offset can never wrap around to a negative number.
    /// </summary>
    public const int MaxPage = 100_000;

    public static int PageOf(this IPagedQuery query) => query.Page ?? 1;

    public static int SizeOf(this IPagedQuery query) => query.PageSize ?? DefaultPageSize;

    public static int SkipOf(this IPagedQuery query) => checked((query.PageOf() - 1) * query.SizeOf());

    /// <summary>Shared rules: 1 ≤ page ≤ 100,000, 1 ≤ pageSize ≤ 200.</summary>
    public static void AddPagingRules<T>(this AbstractValidator<T> validator) where T : IPagedQuery
    {
        validator.RuleFor(q => q.Page).InclusiveBetween(1, MaxPage).WithName("page");
        validator.RuleFor(q => q.PageSize).InclusiveBetween(1, MaxPageSize).WithName("pageSize");
    }
}
