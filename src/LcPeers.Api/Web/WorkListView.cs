namespace LcPeers.Api.Web;

/// <summary>What the <c>_WorkList</c> partial shows: a titled list of links with the total count.</summary>
public sealed record WorkListView(string Id, string Title, int Count, IReadOnlyList<(string Href, string Text)> Items, string? AllHref = null);
