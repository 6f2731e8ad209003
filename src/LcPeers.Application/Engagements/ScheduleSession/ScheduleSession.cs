using System.Text.Json.Serialization;
using LcPeers.Application.Common;
using LcPeers.Application.Common.Security;
using LcPeers.Domain.Common;
using LcPeers.Domain.Engagements;
using Mediator;

namespace LcPeers.Application.Engagements.ScheduleSession;

/// <summary>Schedules a session; every participant gets an iCalendar invitation (METHOD:REQUEST, SEQUENCE 0).</summary>
[RequiresRole(Roles.Expert, Roles.Coordinator, Roles.Staff)]
public sealed record ScheduleSessionCommand(string? Title, string? Start, string? End, string? Location, string? OnlineUrl, string? Agenda, string? ObserverEmail, string? Kind)
    : ICommand<SessionResponse>, ISessionInput, IEngagementScoped
{
    [JsonIgnore]
    public Guid EngagementId { get; init; }
}

/// <summary>The invitations and the audit entry follow from <see cref="SessionScheduled"/> (Workflow.SendSessionCalendar).</summary>
internal sealed class ScheduleSessionHandler(ILcPeersDb db, EngagementAccess access, ICurrentUser user, TimeProvider time)
    : ICommandHandler<ScheduleSessionCommand, SessionResponse>
{
    public async ValueTask<SessionResponse> Handle(ScheduleSessionCommand command, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var (engagement, role) = await access.LoadAsync(command.EngagementId, ct);
        var kind = command.Kind is null ? SessionKind.Meeting : Codes<SessionKind>.Parse(command.Kind);
        var session = engagement.ScheduleSession(kind, command.ToDetails(command.Title!), user.Actor(), now);
        await db.SaveChangesAsync(ct);
        return SessionResponse.From(session) with { Actions = engagement.AllowedActions(session, access.ViewerOf(role)) };
    }
}
