using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace LcPeers.Web.Tests.Infrastructure;

/// <summary>Reads pages and posts their forms the way a browser would, without a browser.</summary>
internal static class Html
{
    private static readonly HtmlParser Parser = new();

    public static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static async Task<IDocument> ReadDocumentAsync(this HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == expected, $"Expected {(int)expected}, got {(int)response.StatusCode} for {response.RequestMessage?.RequestUri}: {body[..Math.Min(body.Length, 500)]}");
        return await Parser.ParseDocumentAsync(body, Ct);
    }

    public static async Task<IDocument> GetPageAsync(this HttpClient client, string url, HttpStatusCode expected = HttpStatusCode.OK) =>
        await (await client.GetAsync(url, Ct)).ReadDocumentAsync(expected);

    /// <summary>The anti-forgery token of the page's first form.</summary>
    public static string Token(this IDocument page) =>
        page.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
        ?? throw new InvalidOperationException("The page has no anti-forgery token.");

    /// <summary>Signs in through the Development demo sign-in page, as a person would.</summary>
    public static async Task SignInAsync(this HttpClient client, string email)
    {
        var page = await client.GetPageAsync("/account/dev-sign-in");
        var response = await client.PostAsync("/account/dev-sign-in", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["email"] = email,
            ["__RequestVerificationToken"] = page.Token(),
        }), Ct);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    public static Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string url, IEnumerable<KeyValuePair<string, string>> fields) =>
        client.PostAsync(url, new FormUrlEncodedContent(fields), Ct);

    /// <summary>The error message shown next to a field (the span the field's aria-describedby names).</summary>
    public static string? FieldError(this IDocument page, string fieldName)
    {
        var id = fieldName.Replace('.', '_').Replace('[', '_').Replace(']', '_') + "-error";
        var text = page.GetElementById(id)?.TextContent.Trim();
        return string.IsNullOrEmpty(text) ? null : text;
    }
}
