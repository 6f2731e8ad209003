using System.Diagnostics;
using LcPeers.Application.Common.Diagnostics;
using Mediator;
using Microsoft.Extensions.Logging;

namespace LcPeers.Application.Common.Behaviors;

/// <summary>
/// Traces and logs each message's name, outcome and duration; never its content (it may hold personal data).
/// The span makes one request's path visible: HTTP → handler → database → outbox.
/// </summary>
public sealed partial class LoggingBehavior<TMessage, TResponse>(ILogger<LoggingBehavior<TMessage, TResponse>> logger)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    private static readonly string MessageName = typeof(TMessage).Name;

    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        using var activity = LcPeersDiagnostics.Source.StartActivity(MessageName);
        var started = Stopwatch.GetTimestamp();
        try
        {
            var response = await next(message, cancellationToken);
            var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            LogHandled(MessageName, elapsed);
            return response;
        }
        catch (Exception ex)
        {
            var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            var exceptionType = ex.GetType().Name;
            activity?.SetStatus(ActivityStatusCode.Error, exceptionType);
            LogFailed(MessageName, exceptionType, elapsed);
            throw;
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Handled {MessageName} in {ElapsedMs:F1} ms")]
    private partial void LogHandled(string messageName, double elapsedMs);

    [LoggerMessage(Level = LogLevel.Information, Message = "{MessageName} ended with {ExceptionType} after {ElapsedMs:F1} ms")]
    private partial void LogFailed(string messageName, string exceptionType, double elapsedMs);
}
