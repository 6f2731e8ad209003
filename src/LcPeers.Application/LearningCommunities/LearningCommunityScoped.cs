using LcPeers.Application.Common;
using LcPeers.Application.Common.Security;
using LcPeers.Domain.LearningCommunities;
using Microsoft.EntityFrameworkCore;

namespace LcPeers.Application.LearningCommunities;

/// <summary>A message about one LC that its coordinators and staff may send (<see cref="LcCoordinatorAuthorizer{TMessage}"/>).</summary>
public interface ILearningCommunityScoped
{
    Guid LearningCommunityId { get; }
}

/// <summary>
/// An LC's coordinators and staff act for it. A missing LC is allowed through, so its handler answers 404.
/// Registered for every <see cref="ILearningCommunityScoped"/> message.
/// </summary>
internal sealed class LcCoordinatorAuthorizer<TMessage>(ILcPeersDb db, LcAccess access) : IResourceAuthorizer<TMessage>
    where TMessage : ILearningCommunityScoped
{
    public async ValueTask<AccessDecision> AuthorizeAsync(TMessage message, CancellationToken ct)
    {
        var lcId = new LearningCommunityId(message.LearningCommunityId);
        if (!await db.LearningCommunities.AnyAsync(lc => lc.Id == lcId, ct))
        {
            return AccessDecision.Allow;
        }

        return AccessDecision.AllowIf(await access.CanActForAsync(lcId, ct), "You can act only for the learning communities you coordinate.");
    }
}
