using LcPeers.Application.Common.Accounts;
using Mediator;

namespace LcPeers.Application.Common.Behaviors;

/// <summary>
/// Resolves the signed-in user's account (creating it on first sight) right before the handler, inside the concurrency
/// retry, so every handler records the actor as an account id and a rejected message writes nothing.
/// </summary>
public sealed class AccountBehavior<TMessage, TResponse>(AccountResolver accounts) : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        await accounts.EnsureAsync(cancellationToken);
        return await next(message, cancellationToken);
    }
}
