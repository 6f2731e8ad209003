using Microsoft.AspNetCore.WebUtilities;

namespace LcPeers.Api.Web;

/// <summary>Previous and next links for a paged list; keeps the other filters of the current query string.</summary>
public sealed class Pager(HttpRequest request, int page, int pageSize, int totalCount)
{
    public const string QueryName = "p";

    public int Page { get; } = page;

    public int PageCount { get; } = Math.Max(1, (int)Math.Ceiling(totalCount / (double)Math.Max(1, pageSize)));

    public string Url(int page)
    {
        var query = request.Query.Where(q => q.Key != QueryName && q.Key != "handler")
            .SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string?>(q.Key, v)))
            .Append(new KeyValuePair<string, string?>(QueryName, page.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return QueryHelpers.AddQueryString(request.Path, query);
    }
}
