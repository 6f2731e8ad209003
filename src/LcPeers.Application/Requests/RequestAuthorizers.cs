using LcPeers.Application.Common;
using LcPeers.Application.Common.Security;
using LcPeers.Domain.Requests;
using Microsoft.EntityFrameworkCore;

namespace LcPeers.Application.Requests;

/// <summary>A message about one support request: its LC's coordinators and staff may send it (<see cref="RequestOwnerAuthorizer{TMessage}"/>).</summary>
public interface IRequestScoped
{
    Guid RequestId { get; }
}

/// <summary>
/// A request is acted on by its LC's coordinators and by staff. A missing request is allowed through, so its handler
/// answers 404. Registered for every <see cref="IRequestScoped"/> message.
/// </summary>
internal sealed class RequestOwnerAuthorizer<TMessage>(ILcPeersDb db, LcAccess access) : IResourceAuthorizer<TMessage>
    where TMessage : IRequestScoped
{
    public async ValueTask<AccessDecision> AuthorizeAsync(TMessage message, CancellationToken ct)
    {
        var id = new SupportRequestId(message.RequestId);
        var lc = await db.SupportRequests.Where(r => r.Id == id).Select(r => (Domain.LearningCommunities.LearningCommunityId?)r.LearningCommunityId).FirstOrDefaultAsync(ct);
        return lc is { } lcId ? AccessDecision.AllowIf(await access.CanActForAsync(lcId, ct), RequestOwnership.Reason) : AccessDecision.Allow;
    }
}

internal static class RequestOwnership
{
    public const string Reason = "You can act only for the learning communities you coordinate.";
}
