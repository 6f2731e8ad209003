using LcPeers.Application.Common;
using LcPeers.Application.Common.Auditing;
using LcPeers.Application.Common.Exceptions;
using LcPeers.Application.Common.Security;
using LcPeers.Domain.Common;
using LcPeers.Domain.Engagements;
using LcPeers.Domain.Requests;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LcPeers.Application.Engagements.CompleteEngagement;

/// <summary>
/// Staff or an LC coordinator close an engagement. When every engagement of the request is closed, the request is
/// completed too.
/// </summary>
public sealed record CompleteEngagementCommand(Guid Id) : ICommand<EngagementResponse>;

internal sealed class CompleteEngagementHandler(ILcPeersDb db, EngagementAccess access, ICurrentUser user, TimeProvider time)
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

        engagement.Complete(user.Actor(), now);
        db.Record(Audit.Engagement, engagement.Id.Value, "complete", Codes<EngagementStatus>.Of(EngagementStatus.Active),
            Codes<EngagementStatus>.Of(engagement.Status), user.Actor(), now);

        var othersOpen = await db.Engagements.AnyAsync(e => e.RequestId == engagement.RequestId && e.Id != engagement.Id && e.Status == EngagementStatus.Active, ct);
        var request = await db.SupportRequests.FirstAsync(r => r.Id == engagement.RequestId, ct);
        if (!othersOpen && request.Status is RequestStatus.Matched or RequestStatus.InProgress)
        {
            var before = request.Status;
            request.Complete(user.Actor(), now);
            db.Record(Audit.Request, request.Id.Value, "complete", Codes<RequestStatus>.Of(before), Codes<RequestStatus>.Of(request.Status), user.Actor(), now);
        }

        await db.SaveChangesAsync(ct);
        return await access.ToResponseAsync(engagement, ct);
    }
}
