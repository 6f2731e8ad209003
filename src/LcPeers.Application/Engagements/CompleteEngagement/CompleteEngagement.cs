using LcPeers.Application.Common;
using LcPeers.Application.Common.Security;
using Mediator;

namespace LcPeers.Application.Engagements.CompleteEngagement;

/// <summary>
/// Staff or an LC coordinator close an engagement; sessions still ahead are cancelled (with METHOD:CANCEL to those
/// invited). When every engagement of the request is closed, the request is completed too. Only staff and the LC's
/// coordinators may (<see cref="EngagementSidesAttribute"/>).
/// </summary>
[RequiresRole(Roles.Coordinator, Roles.Staff)]
[EngagementSides(EngagementRole.Staff, EngagementRole.Coordinator, Refusal = "Staff or the LC's coordinators close an engagement.")]
public sealed record CompleteEngagementCommand(Guid Id) : ICommand<EngagementResponse>, IEngagementScoped
{
    Guid IEngagementScoped.EngagementId => Id;
}

internal sealed class CompleteEngagementHandler(ILcPeersDb db, EngagementAccess access, ICurrentUser user, TimeProvider time)
    : ICommandHandler<CompleteEngagementCommand, EngagementResponse>
{
    public async ValueTask<EngagementResponse> Handle(CompleteEngagementCommand command, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var (engagement, role) = await access.LoadAsync(command.Id, ct);
        // Sessions ahead are cancelled (Workflow.SendSessionCalendar); the request completes with its last engagement
        // (Workflow.CompleteRequestAfterLastEngagement).
        engagement.Complete(user.Actor(), now);
        await db.SaveChangesAsync(ct);
        return await access.ToResponseAsync(engagement, ct, role);
    }
}
