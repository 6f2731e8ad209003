using LcPeers.Application.Common;
using LcPeers.Application.Common.Security;
using LcPeers.Application.Experts.GetExpert;
using LcPeers.Application.Experts.SetAvailability;
using LcPeers.Application.Experts.UpdateExpert;
using LcPeers.Domain.Experts;
using Microsoft.EntityFrameworkCore;

namespace LcPeers.Application.Experts;

/// <summary>A profile is changed by its owner or by staff; a missing profile is left to the handler (404).</summary>
internal sealed class ExpertOwnership(ILcPeersDb db, ICurrentUser user)
{
    public async ValueTask<AccessDecision> AuthorizeChangeAsync(Guid expertId, CancellationToken ct)
    {
        if (user.IsStaff())
        {
            return AccessDecision.Allow;
        }

        var account = await AccountOfAsync(expertId, ct);
        return account is null || IsMine(account) ? AccessDecision.Allow : AccessDecision.Forbid("You can change only your own expert profile.");
    }

    /// <summary>Read by its owner, staff, or the coordinators of an LC the expert accepted an engagement with.</summary>
    public async ValueTask<AccessDecision> AuthorizeReadAsync(Guid expertId, CancellationToken ct)
    {
        if (user.IsStaff())
        {
            return AccessDecision.Allow;
        }

        var account = await AccountOfAsync(expertId, ct);
        if (account is null || IsMine(account) || await IsEngagedWithMyLcAsync(new ExpertId(expertId), ct))
        {
            return AccessDecision.Allow;
        }

        return AccessDecision.Forbid("You can read only your own expert profile, or that of an expert engaged with your LC.");
    }

    private async Task<string?> AccountOfAsync(Guid expertId, CancellationToken ct)
    {
        var id = new ExpertId(expertId);
        return await db.Experts.Where(e => e.Id == id).Select(e => e.AccountEmail).FirstOrDefaultAsync(ct);
    }

    private bool IsMine(string account) => user.Email is { } email && string.Equals(account, email, StringComparison.Ordinal);

    private async Task<bool> IsEngagedWithMyLcAsync(ExpertId expert, CancellationToken ct)
    {
        if (!user.IsInRole(Roles.Coordinator) || user.Email is not { } email)
        {
            return false;
        }

        var mine = db.CoordinatorLinks.Where(l => l.Email == email).Select(l => l.LearningCommunityId);
        return await db.Engagements.AnyAsync(e => e.ExpertId == expert && mine.Contains(e.LearningCommunityId), ct);
    }
}

internal sealed class GetExpertAuthorizer(ExpertOwnership ownership) : IResourceAuthorizer<GetExpertQuery>
{
    public ValueTask<AccessDecision> AuthorizeAsync(GetExpertQuery message, CancellationToken ct) => ownership.AuthorizeReadAsync(message.Id, ct);
}

internal sealed class UpdateExpertAuthorizer(ExpertOwnership ownership) : IResourceAuthorizer<UpdateExpertCommand>
{
    public ValueTask<AccessDecision> AuthorizeAsync(UpdateExpertCommand message, CancellationToken ct) => ownership.AuthorizeChangeAsync(message.Id, ct);
}

internal sealed class SetAvailabilityAuthorizer(ExpertOwnership ownership) : IResourceAuthorizer<SetAvailabilityCommand>
{
    public ValueTask<AccessDecision> AuthorizeAsync(SetAvailabilityCommand message, CancellationToken ct) => ownership.AuthorizeChangeAsync(message.Id, ct);
}
