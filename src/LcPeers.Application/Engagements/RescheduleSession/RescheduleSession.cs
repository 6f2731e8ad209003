using System.Text.Json.Serialization;
using LcPeers.Application.Common;
using LcPeers.Application.Common.Security;
using LcPeers.Domain.Engagements;
using Mediator;

namespace LcPeers.Application.Engagements.RescheduleSession;

/// <summary>Moves a session (same UID, SEQUENCE + 1), or gives a planned session its first date (SEQUENCE 0).</summary>
[RequiresRole(Roles.Expert, Roles.Coordinator, Roles.Staff)]
public sealed record RescheduleSessionCommand(string? Title, string? Start, string? End, string? Location, string? OnlineUrl, string? Agenda, string? ObserverEmail)
    : ICommand<SessionResponse>, ISessionInput, IEngagementScoped
{
    [JsonIgnore]
    public Guid EngagementId { get; init; }

    [JsonIgnore]
    public Guid SessionId { get; init; }
}

/// <summary>The calendar update and the audit entry follow from <see cref="SessionRescheduled"/> (Workflow.SendSessionCalendar).</summary>
internal sealed class RescheduleSessionHandler(ILcPeersDb db, EngagementAccess access, ICurrentUser user, TimeProvider time)
    : ICommandHandler<RescheduleSessionCommand, SessionResponse>
{
    public async ValueTask<SessionResponse> Handle(RescheduleSessionCommand command, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var (engagement, role) = await access.LoadAsync(command.EngagementId, ct);
        var current = engagement.FindSession(new SessionId(command.SessionId));
        var title = string.IsNullOrWhiteSpace(command.Title) ? current.Title : command.Title;
        var session = engagement.RescheduleSession(current.Id, command.ToDetails(title), user.Actor(), now);
        await db.SaveChangesAsync(ct);
        return SessionResponse.From(session) with { Actions = engagement.AllowedActions(session, access.ViewerOf(role)) };
    }
}
