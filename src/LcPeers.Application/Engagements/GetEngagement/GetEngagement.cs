using LcPeers.Application.Common.Security;
using Mediator;

namespace LcPeers.Application.Engagements.GetEngagement;

/// <summary>One engagement with its sessions and the participants' contact details (participants and staff).</summary>
[RequiresRole(Roles.Expert, Roles.Coordinator, Roles.Staff)]
public sealed record GetEngagementQuery(Guid Id) : IQuery<EngagementResponse>, IEngagementScoped
{
    Guid IEngagementScoped.EngagementId => Id;
}

internal sealed class GetEngagementHandler(EngagementAccess access) : IQueryHandler<GetEngagementQuery, EngagementResponse>
{
    public async ValueTask<EngagementResponse> Handle(GetEngagementQuery query, CancellationToken ct)
    {
        var (engagement, role) = await access.LoadAsync(query.Id, ct, tracking: false);
        return await access.ToResponseAsync(engagement, ct, role);
    }
}
