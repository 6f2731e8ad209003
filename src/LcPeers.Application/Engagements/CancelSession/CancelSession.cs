using FluentValidation;
using LcPeers.Application.Common;
using LcPeers.Application.Common.Security;
using LcPeers.Application.Common.Validation;
using LcPeers.Domain.Engagements;
using Mediator;

namespace LcPeers.Application.Engagements.CancelSession;

/// <summary>
/// Cancels a session; if invitations went out, participants get METHOD:CANCEL with SEQUENCE + 1, and the optional
/// <paramref name="Reason"/> in the mail and the calendar message.
/// </summary>
[RequiresRole(Roles.Expert, Roles.Coordinator, Roles.Staff)]
public sealed record CancelSessionCommand(Guid EngagementId, Guid SessionId, string? Reason = null) : ICommand<SessionResponse>, IEngagementScoped;

public sealed class CancelSessionValidator : AbstractValidator<CancelSessionCommand>
{
    public const int ReasonMaxLength = 500;

    public CancelSessionValidator() => RuleFor(x => x.Reason).MaximumLength(ReasonMaxLength).NoControlCharacters();
}

/// <summary>The cancellation and the audit entry follow from <see cref="SessionCancelled"/> (Workflow.SendSessionCalendar).</summary>
internal sealed class CancelSessionHandler(ILcPeersDb db, EngagementAccess access, ICurrentUser user, TimeProvider time)
    : ICommandHandler<CancelSessionCommand, SessionResponse>
{
    public async ValueTask<SessionResponse> Handle(CancelSessionCommand command, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var (engagement, role) = await access.LoadAsync(command.EngagementId, ct);
        var session = engagement.FindSession(new SessionId(command.SessionId));
        engagement.CancelSession(session.Id, user.Actor(), now, command.Reason);
        await db.SaveChangesAsync(ct);
        return SessionResponse.From(session) with { Actions = engagement.AllowedActions(session, access.ViewerOf(role)) };
    }
}
