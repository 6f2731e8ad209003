using System.Text.Json;
using System.Text.RegularExpressions;
using FluentValidation;
using LcPeers.Application.Common.Exceptions;
using LcPeers.Domain.Common;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace LcPeers.Api.ErrorHandling;

/// <summary>
/// The one place where exceptions become RFC 9457 problem details: 400 names each bad field, 403, 404, 409 with a
/// stable <c>code</c>; anything unexpected is a 500 whose body reveals nothing internal.
/// </summary>
internal sealed partial class ProblemDetailsExceptionHandler(IProblemDetailsService problemDetails, ILogger<ProblemDetailsExceptionHandler> logger)
    : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        // The middleware has already pointed the request at the error page; the feature keeps the path that failed.
        var path = httpContext.Features.Get<IExceptionHandlerPathFeature>()?.Path ?? httpContext.Request.Path.Value;
        if (Web.WebUi.IsUiPath(path))
        {
            return false; // the web UI shows its own error page (the exception handling path)
        }

        var problem = exception switch
        {
            ValidationException v => Validation(v.Errors.GroupBy(e => e.PropertyName, StringComparer.Ordinal)
                .ToDictionary(g => string.IsNullOrEmpty(g.Key) ? "body" : g.Key, g => g.Select(e => e.ErrorMessage).Distinct().ToArray(), StringComparer.Ordinal)),
            BadHttpRequestException b => BadRequest(b),
            NotFoundException n => Problem(StatusCodes.Status404NotFound, "Not found", n.Message, "not-found"),
            UnauthenticatedException u => Problem(StatusCodes.Status401Unauthorized, "Unauthorized", u.Message, "unauthorized"),
            ForbiddenException f => Problem(StatusCodes.Status403Forbidden, "Forbidden", f.Message, "forbidden"),
            BusinessRuleException r => Problem(StatusCodes.Status409Conflict, "Business rule violated", r.Message, r.Code),
            ConcurrencyConflictException c => Problem(StatusCodes.Status409Conflict, "Concurrent edit", c.Message, ConcurrencyConflictException.Code),
            DuplicateException d => Problem(StatusCodes.Status409Conflict, "Duplicate", d.Message, d.Code),
            OperationCanceledException when httpContext.RequestAborted.IsCancellationRequested => null,
            _ => null,
        };

        if (problem is null)
        {
            if (httpContext.RequestAborted.IsCancellationRequested)
            {
                return true;
            }

            LogUnhandled(exception, httpContext.Request.Method, httpContext.Request.Path);
            problem = Problem(StatusCodes.Status500InternalServerError, "Unexpected error", "The server could not complete the request. It has been logged.", "internal");
        }

        httpContext.Response.StatusCode = problem.Status ?? StatusCodes.Status500InternalServerError;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = problem,
            Exception = exception,
        });
    }

    private static ProblemDetails BadRequest(BadHttpRequestException exception)
    {
        if (exception.StatusCode != StatusCodes.Status400BadRequest)
        {
            return Problem(exception.StatusCode, exception.StatusCode == StatusCodes.Status413PayloadTooLarge ? "Request too large" : "Bad request", exception.Message, "bad-request");
        }

        if (exception.InnerException is JsonException json)
        {
            var field = JsonPathToField(json.Path);
            return Validation(new Dictionary<string, string[]>
            {
                [field] = [field == "body" ? "The request body is not valid JSON." : $"'{field}' has a value of the wrong type or format."],
            });
        }

        var match = BindFailure().Match(exception.Message);
        if (match.Success)
        {
            var name = match.Groups["name"].Value;
            return Validation(new Dictionary<string, string[]> { [name] = [$"'{name}' has an invalid value: {match.Groups["value"].Value}."] });
        }

        var required = RequiredMissing().Match(exception.Message);
        if (required.Success)
        {
            var name = required.Groups["name"].Value;
            return Validation(new Dictionary<string, string[]> { [name] = [$"'{name}' is required."] });
        }

        return Validation(new Dictionary<string, string[]> { ["body"] = ["The request body is missing or not valid JSON."] });
    }

    /// <summary>"$.contacts[0].email" → "contacts[0].email"; the root or an unknown path → "body".</summary>
    private static string JsonPathToField(string? path)
    {
        if (string.IsNullOrEmpty(path) || path == "$")
        {
            return "body";
        }

        return path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path.TrimStart('$');
    }

    private static ValidationProblemDetails Validation(IDictionary<string, string[]> errors) => new(errors)
    {
        Status = StatusCodes.Status400BadRequest,
        Title = "One or more fields are invalid",
        Type = "https://tools.ietf.org/html/rfc9110#section-15.5.1",
        Extensions = { ["code"] = "validation" },
    };

    private static ProblemDetails Problem(int status, string title, string detail, string code) => new()
    {
        Status = status,
        Title = title,
        Detail = detail,
        Extensions = { ["code"] = code },
    };

    [GeneratedRegex("""Failed to bind parameter "(?:\S+\s)?(?<name>[^"\s]+)" from "(?<value>.*)"\.""")]
    private static partial Regex BindFailure();

    [GeneratedRegex("""Required parameter "(?:\S+\s)?(?<name>[^"\s]+)" was not provided""")]
    private static partial Regex RequiredMissing();

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled exception for {Method} {Path}")]
    private partial void LogUnhandled(Exception exception, string method, string path);
}
