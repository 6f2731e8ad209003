using LcPeers.Application.Common;
using LcPeers.Application.Common.Accounts;
using LcPeers.Application.Common.Exceptions;
using LcPeers.Application.Common.Security;
using LcPeers.Domain.Common;
using LcPeers.Domain.Requests;
using Microsoft.EntityFrameworkCore;

namespace LcPeers.Application.Requests;

/// <summary>Loads a request and shapes responses (with the viewer's allowed actions); who may act on it was checked by the authorization step (RequestAuthorizers).</summary>
internal sealed class RequestLoader(ILcPeersDb db, LcAccess access, ToolResolver tools, ICurrentUser user, ActorNames actorNames)
{
    public async Task<SupportRequest> LoadForActionAsync(Guid id, CancellationToken ct, bool tracking = true)
    {
        var requestId = new SupportRequestId(id);
        var query = tracking ? db.SupportRequests : db.SupportRequests.AsNoTracking();
        var request = await query.FirstOrDefaultAsync(r => r.Id == requestId, ct) ?? throw new NotFoundException("Request", id);
        return request;
    }

    public async Task<RequestResponse> ToResponseAsync(SupportRequest request, CancellationToken ct)
    {
        var lcName = await db.LearningCommunities.Where(lc => lc.Id == request.LearningCommunityId).Select(lc => lc.Name).FirstAsync(ct);
        var engagements = await db.Engagements.Where(e => e.RequestId == request.Id).OrderBy(e => e.CreatedAt).Select(e => e.Id).ToListAsync(ct);
        return RequestResponse.From(request, lcName, await tools.NamesAsync(ct), await actorNames.ResolveAsync(RequestResponse.ActorsOf(request), ct), [.. engagements.Select(e => e.Value)], await ViewerAsync(request, ct));
    }

    private async Task<Viewer> ViewerAsync(SupportRequest request, CancellationToken ct) => user.IsStaff()
        ? new Viewer(user.Actor(), IsStaff: true)
        : new Viewer(user.Actor(), IsCoordinatorOfLc: await access.CanActForAsync(request.LearningCommunityId, ct));
}
