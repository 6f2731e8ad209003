using LcPeers.Application.Common.Exceptions;
using LcPeers.Application.Common.Security;
using Mediator;

namespace LcPeers.Application.Common.Behaviors;

/// <summary>
/// Checks who sends the message before it is validated or handled: the declared rule first (401 when nobody is signed
/// in, 403 for the wrong role), then each resource authorizer of the message (403 when the user does not own the
/// resource). So a wrong principal learns nothing about which fields were wrong. See docs/decisions/0008-authorization-step.md.
/// </summary>
public sealed class AuthorizationBehavior<TMessage, TResponse>(ICurrentUser user, IEnumerable<IResourceAuthorizer<TMessage>> authorizers)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    private static readonly MessageAccessRule? Rule = MessageAccessRule.For(typeof(TMessage));

    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        CheckRule();
        foreach (var authorizer in authorizers)
        {
            var decision = await authorizer.AuthorizeAsync(message, cancellationToken);
            switch (decision.Outcome)
            {
                case AccessOutcome.Forbidden:
                    throw new ForbiddenException(decision.Reason ?? "You may not do this.");
                case AccessOutcome.NotFound:
                    throw new NotFoundException(decision.Resource ?? typeof(TMessage).Name, decision.Key ?? "");
            }
        }

        return await next(message, cancellationToken);
    }

    private void CheckRule()
    {
        switch (Rule)
        {
            case null:
                throw new InvalidOperationException($"{typeof(TMessage).Name} declares no authorization rule ([Public], [SystemOnly] or [RequiresRole]).");
            case { Audience: MessageAudience.Public }:
                return;
            case { Audience: MessageAudience.System }:
                if (user.IsAuthenticated)
                {
                    throw new ForbiddenException($"{typeof(TMessage).Name} is sent by the system only.");
                }

                return;
            default:
                if (!user.IsAuthenticated)
                {
                    throw new UnauthenticatedException("Sign in first.");
                }

                if (!Rule.Roles.Any(HasRole))
                {
                    throw new ForbiddenException($"This needs one of the roles {string.Join(", ", Rule.Roles)}.");
                }

                return;
        }
    }

    private bool HasRole(string role) => role == Roles.Staff ? user.IsStaff() : user.IsInRole(role);
}
