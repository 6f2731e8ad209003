using LcPeers.Application.Common.Exceptions;
using LcPeers.Domain.LearningCommunities;
using Microsoft.EntityFrameworkCore;

namespace LcPeers.Application.Common.Security;

/// <summary>Who may act for an LC: staff for all, a coordinator for the LCs staff linked them to.</summary>
internal sealed class LcAccess(ILcPeersDb db, ICurrentUser user)
{
    public async Task<bool> CanActForAsync(LearningCommunityId lc, CancellationToken ct)
    {
        if (user.IsStaff())
        {
            return true;
        }

        if (!user.IsInRole(Roles.Coordinator) || user.Email is not { } email)
        {
            return false;
        }

        return await db.CoordinatorLinks.AnyAsync(l => l.LearningCommunityId == lc && l.Email == email, ct);
    }

    public async Task EnsureCanActForAsync(LearningCommunityId lc, CancellationToken ct)
    {
        if (!await CanActForAsync(lc, ct))
        {
            throw new ForbiddenException("You can act only for the learning communities you coordinate.");
        }
    }

    /// <summary>The LCs the current coordinator is linked to (empty for anyone else).</summary>
    public async Task<List<LearningCommunityId>> MyLearningCommunitiesAsync(CancellationToken ct)
    {
        if (user.Email is not { } email)
        {
            return [];
        }

        return await db.CoordinatorLinks.Where(l => l.Email == email).Select(l => l.LearningCommunityId).ToListAsync(ct);
    }
}
