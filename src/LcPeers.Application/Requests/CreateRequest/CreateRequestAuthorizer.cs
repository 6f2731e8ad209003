using LcPeers.Application.Common;
using LcPeers.Application.Common.Security;
using LcPeers.Domain.LearningCommunities;
using Microsoft.EntityFrameworkCore;

namespace LcPeers.Application.Requests.CreateRequest;

/// <summary>A coordinator drafts requests only for an LC they are linked to; a missing LC is left to the handler (404).</summary>
internal sealed class CreateRequestAuthorizer(ILcPeersDb db, LcAccess access) : IResourceAuthorizer<CreateRequestCommand>
{
    public async ValueTask<AccessDecision> AuthorizeAsync(CreateRequestCommand message, CancellationToken ct)
    {
        if (message.LearningCommunityId is not { } value)
        {
            return AccessDecision.Allow; // the validator names the missing field
        }

        var lcId = new LearningCommunityId(value);
        if (!await db.LearningCommunities.AnyAsync(lc => lc.Id == lcId, ct))
        {
            return AccessDecision.Allow;
        }

        return AccessDecision.AllowIf(await access.CanActForAsync(lcId, ct), RequestOwnership.Reason);
    }
}
