using LcPeers.Domain.Common;
using LcPeers.Domain.Messaging;

namespace LcPeers.Application.Outbox;

/// <summary>An outbox email as staff see it: addressing and delivery state, not the body.</summary>
public sealed record OutboxEmailResponse(
    Guid Id,
    string Kind,
    string ToAddress,
    string Subject,
    string Status,
    int Attempts,
    DateTimeOffset NextAttemptAt,
    string? LastError,
    string MessageId,
    DateTimeOffset CreatedAt,
    DateTimeOffset? SentAt)
{
    public static OutboxEmailResponse From(OutboxEmail e) => new(
        e.Id, e.Kind, e.ToAddress, e.Subject, Codes<OutboxStatus>.Of(e.Status), e.Attempts, e.NextAttemptAt, e.LastError, e.MessageId, e.CreatedAt, e.SentAt);
}
