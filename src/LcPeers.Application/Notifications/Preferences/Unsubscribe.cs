using FluentValidation;
using LcPeers.Application.Common;
using LcPeers.Application.Common.Email;
using LcPeers.Application.Common.Security;
using Mediator;

namespace LcPeers.Application.Notifications.Preferences;

/// <summary>The address an unsubscribe link is for, so the page can say whose nudges it turns off; null for a bad link.</summary>
[Public]
public sealed record ReadUnsubscribeLinkQuery(string? Token) : IQuery<string?>;

/// <summary>
/// The one-click unsubscribe of a nudge's link (RFC 8058): turns nudges off for the address the signed token names,
/// without signing in. Invitations and session mail keep coming.
/// </summary>
[Public]
public sealed record UnsubscribeCommand(string? Token) : ICommand<string>;

internal sealed class ReadUnsubscribeLinkHandler(IUnsubscribeTokens tokens) : IQueryHandler<ReadUnsubscribeLinkQuery, string?>
{
    public ValueTask<string?> Handle(ReadUnsubscribeLinkQuery query, CancellationToken ct) => ValueTask.FromResult(tokens.Read(query.Token));
}

public sealed class UnsubscribeValidator : AbstractValidator<UnsubscribeCommand>
{
    public const string UnsubscribeLinkErrorCode = "mail.unsubscribe-link";

    public UnsubscribeValidator(IUnsubscribeTokens tokens)
    {
        RuleFor(c => c.Token).NotEmpty()
            .Must(t => tokens.Read(t) is not null).WithErrorCode(UnsubscribeLinkErrorCode).WithMessage("The unsubscribe link is not valid.");
    }
}

internal sealed class UnsubscribeHandler(ILcPeersDb db, IUnsubscribeTokens tokens, TimeProvider time) : ICommandHandler<UnsubscribeCommand, string>
{
    public async ValueTask<string> Handle(UnsubscribeCommand command, CancellationToken ct)
    {
        var address = tokens.Read(command.Token)!; // the validator refused anything else
        await MailPreferenceStore.SetAsync(db, [address], nudges: false, time.GetUtcNow(), ct);
        await db.SaveChangesAsync(ct);
        return address;
    }
}
