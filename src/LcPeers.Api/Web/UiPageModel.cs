using FluentValidation;
using LcPeers.Api.Resources;
using LcPeers.Application.Common.Exceptions;
using LcPeers.Domain.Common;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace LcPeers.Api.Web;

/// <summary>
/// Base of the web UI's pages: sends Application messages through Mediator and turns what the API would answer with
/// 400 or 409 into messages on the form (next to each field, or at its top), keeping what the user typed.
/// 403 and 404 are left to <see cref="UiExceptionFilter"/>.
/// </summary>
public abstract class UiPageModel : PageModel
{
    private IStringLocalizer<SharedResource>? _t;
    private UiMessages? _messages;

    protected ISender Sender => HttpContext.RequestServices.GetRequiredService<ISender>();

    protected IStringLocalizer<SharedResource> T => _t ??= HttpContext.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();

    /// <summary>Validation failures and rule codes in the page's language.</summary>
    protected UiMessages Messages => _messages ??= new UiMessages(T);

    protected CancellationToken Ct => HttpContext.RequestAborted;

    /// <summary>Shown at the top of the form: a stale version, a broken business rule, or "see the fields below".</summary>
    public string? FormError { get; protected set; }

    /// <summary>A confirmation carried over a redirect ("Saved.").</summary>
    [TempData]
    public string? StatusMessage { get; set; }

    /// <summary>
    /// Runs <paramref name="send"/>; on a validation error or a conflict, records it for the form and returns false.
    /// <paramref name="ruleContext"/> names the form for rule texts worded for it (<c>Rule.duplicate.feedback</c>).
    /// </summary>
    protected async Task<bool> TrySendAsync(Func<CancellationToken, Task> send, FormErrorMap errors, string? ruleContext = null)
    {
        ArgumentNullException.ThrowIfNull(send);
        ArgumentNullException.ThrowIfNull(errors);
        try
        {
            await send(Ct);
            return true;
        }
        catch (ValidationException ex)
        {
            errors.AddTo(ModelState, ex, Messages);
            FormError = T["Form.HasErrors"];
        }
        catch (ConcurrencyConflictException)
        {
            FormError = T["Form.StaleVersion"];
        }
        catch (BusinessRuleException ex)
        {
            FormError = Messages.Rule(ex.Code, ruleContext);
        }
        catch (DuplicateException ex)
        {
            FormError = Messages.Rule(ex.Code, ruleContext);
        }

        return false;
    }

    /// <summary>Binding errors (text in a number field) stop a form before anything is sent.</summary>
    protected bool BindingFailed()
    {
        if (ModelState.IsValid)
        {
            return false;
        }

        FormError = T["Form.HasErrors"];
        return true;
    }

    /// <summary>The text for a rule's stable code in the page's language; the API's English message is never shown.</summary>
    protected string RuleMessage(string code, string? context = null) => Messages.Rule(code, context);
}
