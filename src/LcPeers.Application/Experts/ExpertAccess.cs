using LcPeers.Application.Common;
using LcPeers.Application.Common.Exceptions;
using LcPeers.Application.Common.Security;
using LcPeers.Domain.Experts;
using Microsoft.EntityFrameworkCore;

namespace LcPeers.Application.Experts;

internal static class ExpertAccess
{
    public static bool IsOwner(this ICurrentUser user, Expert expert) =>
        user.Email is { } email && string.Equals(expert.AccountEmail, email, StringComparison.Ordinal);

    /// <summary>Loads an expert to change; who may change it (its owner, or staff) was checked by the authorization step.</summary>
    public static async Task<Expert> LoadForChangeAsync(this ILcPeersDb db, Guid id, CancellationToken ct)
    {
        var expertId = new ExpertId(id);
        return await db.Experts.FirstOrDefaultAsync(e => e.Id == expertId, ct) ?? throw new NotFoundException("Expert", id);
    }

    public static void EnsureVersion(this Expert expert, int? version)
    {
        if (expert.Version != version)
        {
            throw new ConcurrencyConflictException(
                $"Expert '{expert.Id}' is at version {expert.Version}; the change was based on version {version}. Reload and apply your change again.");
        }
    }
}
