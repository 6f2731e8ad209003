using LcPeers.Application.Common;
using LcPeers.Application.Common.Auditing;
using LcPeers.Application.Common.Exceptions;
using LcPeers.Application.Common.Security;
using LcPeers.Application.Notifications;
using LcPeers.Domain.Auditing;
using LcPeers.Domain.Common;
using LcPeers.Domain.Engagements;
using LcPeers.Domain.Requests;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LcPeers.Application.Engagements.CompleteEngagement;

/// <summary>
/// Staff or an LC coordinator close an engagement; sessions still ahead are cancelled (with METHOD:CANCEL to those
/// invited). When every engagement of the request is closed, the request is completed too.
/// </summary>
[RequiresRole(Roles.Coordinator, Roles.Staff)]
public sealed record CompleteEngagementCommand(Guid Id) : ICommand<EngagementResponse>;

internal sealed class CompleteEngagementHandler(ILcPeersDb db, EngagementAccess access, Notifier notifier, ICurrentUser user, TimeProvider time)
    : ICommandHandler<CompleteEngagementCommand, EngagementResponse>
{
    public async ValueTask<EngagementResponse> Handle(CompleteEngagementCommand command, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var (engagement, role) = await access.LoadAsync(command.Id, ct);
        if (role == EngagementRole.Expert)
        {
            throw new ForbiddenException("Staff or the LC's coordinators close an engagement.");
        }

        // Sessions still ahead come off everyone's calendar; planned ones simply lapse.
        foreach (var session in engagement.Sessions.Where(x => x.Status is SessionStatus.Planned || (x.Status is SessionStatus.Scheduled && x.Start > now)).ToList())
        {
            var from = session.Status;
            if (engagement.CancelSession(session.Id, now))
            {
                await notifier.SessionChangedAsync(engagement, session, update: true, cancel: true, now, ct);
            }

            db.Record(AuditEntityKinds.Session, session.Id.Value, AuditActions.Cancel, Codes<SessionStatus>.Of(from), Codes<SessionStatus>.Of(session.Status), user.Actor(), now,
                "The engagement was completed.");
        }

        engagement.Complete(user.Actor(), now); // the request completes with its last engagement: Workflow.CompleteRequestAfterLastEngagement
        await db.SaveChangesAsync(ct);
        return await access.ToResponseAsync(engagement, ct, role);
    }
}
