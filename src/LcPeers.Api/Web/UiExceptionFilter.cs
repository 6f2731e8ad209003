using LcPeers.Application.Common.Exceptions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace LcPeers.Api.Web;

/// <summary>
/// A page that asks for something missing or not the user's shows the 404 or 403 page (the same statuses the API
/// gives), or the sign-in when nobody is signed in, never the data and never a stack trace.
/// </summary>
internal sealed class UiExceptionFilter : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var executed = await next();
        IActionResult? result = executed.Exception switch
        {
            NotFoundException => new NotFoundResult(),
            ForbiddenException => new StatusCodeResult(StatusCodes.Status403Forbidden),
            UnauthenticatedException => new ChallengeResult(),
            _ => null,
        };
        if (result is not null)
        {
            executed.Result = result;
            executed.ExceptionHandled = true;
        }
    }
}
