using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

namespace LcPeers.Api.Hosting;

/// <summary>
/// A request body in a charset nobody knows (<c>application/json; charset=bogus</c>) cannot be read; the body readers
/// throw, which would be a 500. Refuse it up front as a 400 naming the header. Runs after authorization, so 401 and
/// 403 still come first.
/// </summary>
internal static class RequestCharset
{
    public const string Field = "Content-Type";

    public static IApplicationBuilder UseRequestCharsetCheck(this IApplicationBuilder app) => app.Use(async (ctx, next) =>
    {
        if (ctx.Request.ContentType is { } contentType
            && MediaTypeHeaderValue.TryParse(contentType, out var mediaType)
            && mediaType.Charset.HasValue
            && mediaType.Encoding is null)
        {
            ctx.Response.StatusCode = StatusCodes.Status400BadRequest;
            var problems = ctx.RequestServices.GetRequiredService<IProblemDetailsService>();
            await problems.WriteAsync(new ProblemDetailsContext
            {
                HttpContext = ctx,
                ProblemDetails = new ValidationProblemDetails(new Dictionary<string, string[]>
                {
                    [Field] = [$"'{Field}' names a charset that is not known: {mediaType.Charset}. Send UTF-8 (charset=utf-8)."],
                })
                {
                    Status = StatusCodes.Status400BadRequest,
                    Title = "One or more fields are invalid",
                    Type = "https://tools.ietf.org/html/rfc9110#section-15.5.1",
                    Extensions = { ["code"] = "validation" },
                },
            });
            return;
        }

        await next(ctx);
    });
}
