using System.Diagnostics;
using System.Linq.Expressions;
using LcPeers.Application.Common.Diagnostics;
using LcPeers.Application.Common.Email;
using LcPeers.Domain.Accounts;
using LcPeers.Domain.Auditing;
using LcPeers.Domain.Common;
using LcPeers.Domain.Messaging;
using LcPeers.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LcPeers.Infrastructure.Email;

/// <summary>
/// Sends due outbox emails. Each row is claimed with one conditional UPDATE (pending, due, and unclaimed or its claim
/// expired) and sent only when that UPDATE changed exactly one row, so two instances sharing a database never both
/// send it. After sending, the row is marked sent; a crash in between leaves the claim to expire and the row is sent
/// again with the same Message-ID: the same message, never a different one. See docs/decisions/0004.
/// </summary>
public sealed partial class OutboxDispatcher(
    IServiceScopeFactory scopes,
    IEmailTransport transport,
    IOptions<EmailDeliveryOptions> options,
    TimeProvider time,
    ILogger<OutboxDispatcher> logger)
{
    /// <summary>Names this dispatcher in its claims; unique per instance, even for two in one process.</summary>
    public string InstanceId { get; } = $"{Environment.MachineName[..Math.Min(100, Environment.MachineName.Length)]}:{Environment.ProcessId}:{Guid.NewGuid():N}";

    /// <summary>Sends every email that is due now. Returns how many were sent.</summary>
    public async Task<int> DispatchDueAsync(CancellationToken ct)
    {
        var sent = 0;
        var batch = Math.Max(1, options.Value.BatchSize);
        while (!ct.IsCancellationRequested)
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<LcPeersDbContext>();
            var now = time.GetUtcNow();
            var ids = await db.OutboxEmails.AsNoTracking().Where(Due(now)).OrderBy(e => e.CreatedAt).Select(e => e.Id).Take(batch).ToListAsync(ct);
            var claimedAny = false;
            foreach (var id in ids)
            {
                if (!await TryClaimAsync(db, id, ct))
                {
                    continue; // another instance has it
                }

                claimedAny = true;
                if (await SendClaimedAsync(db, id, ct))
                {
                    sent++;
                }
            }

            if (!claimedAny || ids.Count < batch)
            {
                LcPeersDiagnostics.ReportOutboxBacklog(await db.OutboxEmails.CountAsync(e => e.Status == OutboxStatus.Pending, ct));
                break;
            }
        }

        return sent;
    }

    /// <summary>When the next email becomes due (a retry, or an expiring claim), if any is pending.</summary>
    public async Task<DateTimeOffset?> NextDueAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LcPeersDbContext>();
        var pending = db.OutboxEmails.AsNoTracking().Where(e => e.Status == OutboxStatus.Pending);
        var retry = await pending.Where(e => e.ClaimedBy == null).OrderBy(e => e.NextAttemptAt).Select(e => (DateTimeOffset?)e.NextAttemptAt).FirstOrDefaultAsync(ct);
        var claimExpiry = await pending.Where(e => e.ClaimedBy != null).OrderBy(e => e.ClaimedUntil).Select(e => e.ClaimedUntil).FirstOrDefaultAsync(ct);
        return (retry, claimExpiry) switch
        {
            ({ } a, { } b) => a < b ? a : b,
            ({ } a, null) => a,
            (null, { } b) => b,
            _ => null,
        };
    }

    /// <summary>Removes subject and text of mail sent longer ago than <see cref="EmailDeliveryOptions.SentBodyRetention"/>. Returns how many.</summary>
    public async Task<int> PurgeSentBodiesAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LcPeersDbContext>();
        var now = time.GetUtcNow();
        var before = now - options.Value.SentBodyRetention;
        var purged = await db.OutboxEmails.Where(e => e.Status == OutboxStatus.Sent && e.BodyPurgedAt == null && e.SentAt < before)
            .ExecuteUpdateAsync(s => s
                .SetProperty(e => e.Subject, OutboxEmail.PurgedSubject)
                .SetProperty(e => e.TextBody, "")
                .SetProperty(e => e.HtmlBody, "")
                .SetProperty(e => e.Calendar, (string?)null)
                .SetProperty(e => e.BodyPurgedAt, now), ct);
        if (purged > 0)
        {
            LogPurged(purged);
        }

        return purged;
    }

    private static Expression<Func<OutboxEmail, bool>> Due(DateTimeOffset now) =>
        e => e.Status == OutboxStatus.Pending && e.NextAttemptAt <= now && (e.ClaimedBy == null || e.ClaimedUntil < now);

    private async Task<bool> TryClaimAsync(LcPeersDbContext db, Guid id, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var until = now + options.Value.ClaimDuration;
        var affected = await db.OutboxEmails.Where(e => e.Id == id).Where(Due(now))
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.ClaimedBy, InstanceId).SetProperty(e => e.ClaimedUntil, until), ct);
        return affected == 1;
    }

    private async Task<bool> SendClaimedAsync(LcPeersDbContext db, Guid id, CancellationToken ct)
    {
        var email = await db.OutboxEmails.AsNoTracking().FirstAsync(e => e.Id == id, ct);
        // The delivery joins the trace of the change that queued it: one request's path reads HTTP → handler → database → outbox.
        ActivityContext.TryParse(email.TraceParent, null, out var parent);
        using var activity = LcPeersDiagnostics.Source.StartActivity("outbox.send", ActivityKind.Producer, parent);
        activity?.SetTag("lcpeers.outbox.kind", email.Kind);
        activity?.SetTag("lcpeers.outbox.attempt", email.Attempts + 1);
        try
        {
            await transport.SendAsync(new EmailMessage(email.MessageId, email.ToAddress, email.ToName, email.Subject, email.TextBody, email.HtmlBody,
                email.Calendar, email.CalendarMethod, email.CreatedAt, email.Kind, email.UnsubscribeUrl), ct);
        }
        catch (Exception ex) when (!ct.IsCancellationRequested)
        {
            activity?.SetStatus(ActivityStatusCode.Error, ex.GetType().Name);
            await RecordFailureAsync(db, email, ex, ct);
            return false;
        }

        LcPeersDiagnostics.OutboxDeliveries.Add(1, new KeyValuePair<string, object?>("outcome", "sent"));

        var sentAt = time.GetUtcNow();
        var marked = await db.OutboxEmails.Where(e => e.Id == id && e.ClaimedBy == InstanceId)
            .ExecuteUpdateAsync(s => s
                .SetProperty(e => e.Status, OutboxStatus.Sent)
                .SetProperty(e => e.SentAt, sentAt)
                .SetProperty(e => e.Attempts, e => e.Attempts + 1)
                .SetProperty(e => e.LastError, (string?)null)
                .SetProperty(e => e.ClaimedBy, (string?)null)
                .SetProperty(e => e.ClaimedUntil, (DateTimeOffset?)null), ct);
        if (marked == 0)
        {
            LogClaimLost(email.Id);
        }

        LogSent(email.Id, email.Kind);
        return true;
    }

    private async Task RecordFailureAsync(LcPeersDbContext db, OutboxEmail email, Exception ex, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var attempts = email.Attempts + 1;
        var dead = attempts >= options.Value.MaxAttempts;
        var next = now + options.Value.RetryDelay(attempts);
        var error = $"{ex.GetType().Name}: {ex.Message}";
        error = error.Length > 1000 ? error[..1000] : error;
        await db.OutboxEmails.Where(e => e.Id == email.Id && e.ClaimedBy == InstanceId)
            .ExecuteUpdateAsync(s => s
                .SetProperty(e => e.Status, dead ? OutboxStatus.Dead : OutboxStatus.Pending)
                .SetProperty(e => e.Attempts, attempts)
                .SetProperty(e => e.NextAttemptAt, next)
                .SetProperty(e => e.LastError, error)
                .SetProperty(e => e.ClaimedBy, (string?)null)
                .SetProperty(e => e.ClaimedUntil, (DateTimeOffset?)null), ct);
        LcPeersDiagnostics.OutboxDeliveries.Add(1, new KeyValuePair<string, object?>("outcome", dead ? "dead" : "retry"));
        if (dead)
        {
            db.AuditEntries.Add(AuditEntry.Record(AuditEntityKinds.Outbox, email.Id, AuditActions.Dead, Codes<OutboxStatus>.Of(OutboxStatus.Pending), Codes<OutboxStatus>.Of(OutboxStatus.Dead),
                AccountId.System, now, $"Gave up after {attempts} attempts: {error}"));
            await db.SaveChangesAsync(ct);
            LogDead(email.Id, attempts, ex.GetType().Name);
        }
        else
        {
            LogRetry(email.Id, attempts, next, ex.GetType().Name);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Purged the text of {Count} sent outbox emails past their retention")]
    private partial void LogPurged(int count);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Outbox email {Id} ({Kind}) sent")]
    private partial void LogSent(Guid id, string kind);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox email {Id} failed (attempt {Attempts}, {Error}); next attempt at {Next}")]
    private partial void LogRetry(Guid id, int attempts, DateTimeOffset next, string error);

    [LoggerMessage(Level = LogLevel.Error, Message = "Outbox email {Id} parked as dead after {Attempts} attempts ({Error})")]
    private partial void LogDead(Guid id, int attempts, string error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox email {Id} was sent but its claim had expired; another instance may resend it with the same Message-ID")]
    private partial void LogClaimLost(Guid id);
}
