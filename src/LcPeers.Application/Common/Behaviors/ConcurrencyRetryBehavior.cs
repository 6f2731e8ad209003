using LcPeers.Application.Common.Exceptions;
using Mediator;

namespace LcPeers.Application.Common.Behaviors;

/// <summary>
/// Takes a <see cref="IRetryOnConcurrencyConflict"/> command again when its save lost a race: the transaction rolled
/// back whole, the change tracker is cleared, and the handler loads everything afresh. After
/// <see cref="MaxAttempts"/> the conflict goes to the client (409).
/// </summary>
public sealed class ConcurrencyRetryBehavior<TMessage, TResponse>(ILcPeersDb db) : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    public const int MaxAttempts = 3;

    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(next);
        if (message is not IRetryOnConcurrencyConflict)
        {
            return await next(message, cancellationToken);
        }

        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await next(message, cancellationToken);
            }
            catch (Exception ex) when (attempt < MaxAttempts && ex is ConcurrencyConflictException or DuplicateException)
            {
                db.ChangeTracker.Clear();
            }
        }
    }
}
