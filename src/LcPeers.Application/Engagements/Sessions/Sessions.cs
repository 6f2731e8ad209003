using System.Text.Json.Serialization;
using FluentValidation;
using LcPeers.Application.Common;
using LcPeers.Application.Common.Auditing;
using LcPeers.Application.Common.Security;
using LcPeers.Application.Common.Validation;
using LcPeers.Application.Notifications;
using LcPeers.Domain.Auditing;
using LcPeers.Domain.Common;
using LcPeers.Domain.Engagements;
using Mediator;

namespace LcPeers.Application.Engagements.Sessions;

/// <summary>The fields of a session as clients send them. Times without an offset are Europe/Amsterdam wall-clock time.</summary>
public interface ISessionInput
{
    string? Title { get; }
    string? Start { get; }
    string? End { get; }
    string? Location { get; }
    string? OnlineUrl { get; }
    string? Agenda { get; }
    string? ObserverEmail { get; }
}

/// <summary>Schedules a session; every participant gets an iCalendar invitation (METHOD:REQUEST, SEQUENCE 0).</summary>
[RequiresRole(Roles.Expert, Roles.Coordinator, Roles.Staff)]
public sealed record ScheduleSessionCommand(string? Title, string? Start, string? End, string? Location, string? OnlineUrl, string? Agenda, string? ObserverEmail, string? Kind)
    : ICommand<SessionResponse>, ISessionInput
{
    [JsonIgnore]
    public Guid EngagementId { get; init; }
}

/// <summary>Moves a session (same UID, SEQUENCE + 1), or gives a planned session its first date (SEQUENCE 0).</summary>
[RequiresRole(Roles.Expert, Roles.Coordinator, Roles.Staff)]
public sealed record RescheduleSessionCommand(string? Title, string? Start, string? End, string? Location, string? OnlineUrl, string? Agenda, string? ObserverEmail)
    : ICommand<SessionResponse>, ISessionInput
{
    [JsonIgnore]
    public Guid EngagementId { get; init; }

    [JsonIgnore]
    public Guid SessionId { get; init; }
}

/// <summary>Cancels a session; if invitations went out, participants get METHOD:CANCEL with SEQUENCE + 1.</summary>
[RequiresRole(Roles.Expert, Roles.Coordinator, Roles.Staff)]
public sealed record CancelSessionCommand(Guid EngagementId, Guid SessionId) : ICommand<SessionResponse>;

internal static class SessionInput
{
    public static void AddSessionRules<T>(this AbstractValidator<T> v, bool titleRequired) where T : ISessionInput
    {
        if (titleRequired)
        {
            v.RuleFor(x => x.Title).NotEmpty();
        }

        v.RuleFor(x => x.Title).MaximumLength(200).SingleLine();
        v.RuleFor(x => x.Start).NotEmpty().Must(s => LocalTimes.TryParse(s, LocalTimes.Amsterdam, out _))
            .WithMessage("'start' must be a date-time such as 2027-10-31T10:00:00 (Amsterdam time) or with an offset; it must exist in Amsterdam time.")
            .WithErrorCode(DateRules.LocalTimeErrorCode);
        v.RuleFor(x => x.End).NotEmpty().Must(s => LocalTimes.TryParse(s, LocalTimes.Amsterdam, out _))
            .WithMessage("'end' must be a date-time such as 2027-10-31T12:00:00 (Amsterdam time) or with an offset; it must exist in Amsterdam time.")
            .WithErrorCode(DateRules.LocalTimeErrorCode);
        v.RuleFor(x => x.End).Must((x, end) => Instant(end) > Instant(x.Start))
            .When(x => LocalTimes.TryParse(x.Start, LocalTimes.Amsterdam, out _) && LocalTimes.TryParse(x.End, LocalTimes.Amsterdam, out _))
            .WithMessage("'end' must be after 'start'.").WithErrorCode(DateRules.EndBeforeStartErrorCode);
        v.RuleFor(x => x.Location).MaximumLength(300).SingleLine();
        v.RuleFor(x => x.OnlineUrl).MaximumLength(500).SingleLine()
            .Must(u => u is null || (Uri.TryCreate(u, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http"))
            .WithMessage("'onlineUrl' must be an absolute http(s) address.");
        v.RuleFor(x => x.Agenda).MaximumLength(4000).NoControlCharacters();
        v.RuleFor(x => x.ObserverEmail).MaximumLength(TextRules.EmailMaxLength).ValidEmailAddress();
    }

    public static SessionDetails ToDetails(this ISessionInput input, string title) => new(
        title, Instant(input.Start), Instant(input.End), LocalTimes.Amsterdam, input.Location, input.OnlineUrl, input.Agenda, input.ObserverEmail);

    private static DateTimeOffset Instant(string? text) => LocalTimes.TryParse(text, LocalTimes.Amsterdam, out var at) ? at : default;
}

public sealed class ScheduleSessionValidator : AbstractValidator<ScheduleSessionCommand>
{
    public ScheduleSessionValidator()
    {
        this.AddSessionRules(titleRequired: true);
        RuleFor(x => x.Kind).Must(k => k is null || Codes<SessionKind>.IsValid(k))
            .WithMessage($"'kind' must be one of: {string.Join(", ", Codes<SessionKind>.All)}.");
    }
}

public sealed class RescheduleSessionValidator : AbstractValidator<RescheduleSessionCommand>
{
    public RescheduleSessionValidator() => this.AddSessionRules(titleRequired: false);
}

internal sealed class SessionHandlers(ILcPeersDb db, EngagementAccess access, Notifier notifier, ICurrentUser user, TimeProvider time)
    : ICommandHandler<ScheduleSessionCommand, SessionResponse>,
      ICommandHandler<RescheduleSessionCommand, SessionResponse>,
      ICommandHandler<CancelSessionCommand, SessionResponse>
{
    public async ValueTask<SessionResponse> Handle(ScheduleSessionCommand command, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var (engagement, role) = await access.LoadAsync(command.EngagementId, ct);
        var kind = command.Kind is null ? SessionKind.Meeting : Codes<SessionKind>.Parse(command.Kind);
        var session = engagement.ScheduleSession(kind, command.ToDetails(command.Title!), now);
        AuditSession(session, AuditActions.Schedule, null, now);
        await notifier.SessionChangedAsync(engagement, session, update: false, cancel: false, now, ct);
        await db.SaveChangesAsync(ct);
        return SessionResponse.From(session) with { Actions = engagement.AllowedActions(session, access.ViewerOf(role)) };
    }

    public async ValueTask<SessionResponse> Handle(RescheduleSessionCommand command, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var (engagement, role) = await access.LoadAsync(command.EngagementId, ct);
        var current = engagement.FindSession(new SessionId(command.SessionId));
        var from = current.Status;
        var title = string.IsNullOrWhiteSpace(command.Title) ? current.Title : command.Title;
        var session = engagement.RescheduleSession(current.Id, command.ToDetails(title), now);
        AuditSession(session, from == SessionStatus.Planned ? AuditActions.Schedule : AuditActions.Reschedule, from, now);
        await notifier.SessionChangedAsync(engagement, session, update: from == SessionStatus.Scheduled, cancel: false, now, ct);
        await db.SaveChangesAsync(ct);
        return SessionResponse.From(session) with { Actions = engagement.AllowedActions(session, access.ViewerOf(role)) };
    }

    public async ValueTask<SessionResponse> Handle(CancelSessionCommand command, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var (engagement, role) = await access.LoadAsync(command.EngagementId, ct);
        var session = engagement.FindSession(new SessionId(command.SessionId));
        var from = session.Status;
        if (engagement.CancelSession(session.Id, now))
        {
            await notifier.SessionChangedAsync(engagement, session, update: true, cancel: true, now, ct);
        }

        AuditSession(session, AuditActions.Cancel, from, now);
        await db.SaveChangesAsync(ct);
        return SessionResponse.From(session) with { Actions = engagement.AllowedActions(session, access.ViewerOf(role)) };
    }

    private void AuditSession(Session session, string action, SessionStatus? from, DateTimeOffset now) =>
        db.Record(AuditEntityKinds.Session, session.Id.Value, action, from is { } f ? Codes<SessionStatus>.Of(f) : null, Codes<SessionStatus>.Of(session.Status),
            user.Actor(), now, details: $"{{\"engagementId\":\"{session.EngagementId}\",\"sequence\":{session.Sequence},\"start\":\"{session.Start:O}\"}}");
}
