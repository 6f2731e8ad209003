using LcPeers.Application.Common;
using LcPeers.Application.Common.Security;
using LcPeers.Application.Engagements;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LcPeers.Application.Experts.MyEngagements;

/// <summary>The signed-in expert's engagements, newest first, with their sessions.</summary>
[RequiresRole(Roles.Expert, Roles.Staff)]
public sealed record ListMyEngagementsQuery : IQuery<IReadOnlyList<EngagementResponse>>;

internal sealed class ListMyEngagementsHandler(ILcPeersDb db, ICurrentUser user, EngagementAccess access) : IQueryHandler<ListMyEngagementsQuery, IReadOnlyList<EngagementResponse>>
{
    public async ValueTask<IReadOnlyList<EngagementResponse>> Handle(ListMyEngagementsQuery query, CancellationToken ct)
    {
        var email = user.RequireEmail();
        var expertId = await db.Experts.Where(e => e.AccountEmail == email).Select(e => (Domain.Experts.ExpertId?)e.Id).FirstOrDefaultAsync(ct);
        if (expertId is not { } me)
        {
            return [];
        }

        var engagements = await db.Engagements.AsNoTracking().Include(e => e.Sessions).Where(e => e.ExpertId == me).OrderByDescending(e => e.CreatedAt).ToListAsync(ct);
        var result = new List<EngagementResponse>(engagements.Count);
        foreach (var engagement in engagements)
        {
            result.Add(await access.ToResponseAsync(engagement, ct));
        }

        return result;
    }
}
