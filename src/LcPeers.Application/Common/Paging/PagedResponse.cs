namespace LcPeers.Application.Common.Paging;

/// <summary>One page of a list: <c>{ "items": [...], "totalCount": n, "page": p, "pageSize": s }</c>.</summary>
public sealed record PagedResponse<T>(IReadOnlyList<T> Items, int TotalCount, int Page, int PageSize);
