using LcPeers.Domain.Accounts;
using Microsoft.EntityFrameworkCore;

namespace LcPeers.Application.Common.Accounts;

/// <summary>
/// How responses name an actor they store as an <see cref="AccountId"/>: the account's address as before, the literal
/// <see cref="Deleted"/> once the person was erased, <see cref="Account.SystemName"/> for background work. The UI shows
/// <see cref="Deleted"/> as "verwijderde gebruiker" / "deleted user". Documented in docs/personal-data.md.
/// </summary>
public sealed class ActorNames(ILcPeersDb db)
{
    /// <summary>The stable value the API returns in place of an erased person's address.</summary>
    public const string Deleted = "deleted-user";

    public async Task<ActorLookup> ResolveAsync(IEnumerable<AccountId> ids, CancellationToken ct)
    {
        var wanted = ids.Where(id => id != AccountId.System).Distinct().ToList();
        var found = wanted.Count == 0
            ? []
            : await db.Accounts.AsNoTracking().Where(a => wanted.Contains(a.Id)).Select(a => new { a.Id, a.Email, a.ErasedAt }).ToListAsync(ct);
        return new ActorLookup(found.ToDictionary(a => a.Id, a => a.ErasedAt is null ? a.Email : Deleted));
    }

    public async Task<string> NameAsync(AccountId id, CancellationToken ct) => (await ResolveAsync([id], ct))[id];

    public async Task<string?> NameAsync(AccountId? id, CancellationToken ct) => id is { } value ? await NameAsync(value, ct) : null;
}

/// <summary>Names of a batch of actors, read in one query.</summary>
public sealed class ActorLookup(IReadOnlyDictionary<AccountId, string> names)
{
    /// <summary>An id without an account row (lost in a restore) reads as deleted rather than failing the page.</summary>
    public string this[AccountId id] => id == AccountId.System ? Account.SystemName : names.GetValueOrDefault(id, ActorNames.Deleted);

    public string? this[AccountId? id] => id is { } value ? this[value] : null;
}
