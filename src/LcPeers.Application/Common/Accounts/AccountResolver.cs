using LcPeers.Application.Common.Exceptions;
using LcPeers.Application.Common.Security;
using LcPeers.Domain.Accounts;
using Microsoft.EntityFrameworkCore;

namespace LcPeers.Application.Common.Accounts;

/// <summary>The signed-in user's account in this scope, once <see cref="AccountResolver"/> found or created it.</summary>
public sealed class ResolvedAccount
{
    public AccountId? Id { get; internal set; }
}

/// <summary>
/// Finds the signed-in user's account by address, or creates it on first sight; run by
/// <see cref="Behaviors.AccountBehavior{TMessage, TResponse}"/> before every handler, so histories, audit rows and
/// decisions store the account id (<see cref="ICurrentUser.AccountId"/>), never the address (docs/personal-data.md).
/// </summary>
public sealed class AccountResolver(ILcPeersDb db, ICurrentUser user, ResolvedAccount resolved, TimeProvider time)
{
    public async ValueTask EnsureAsync(CancellationToken ct)
    {
        if (resolved.Id is not null || user.Email is not { } email)
        {
            return;
        }

        resolved.Id = await FindAsync(email, ct) ?? await CreateAsync(email, ct);
    }

    private Task<AccountId?> FindAsync(string email, CancellationToken ct) =>
        db.Accounts.Where(a => a.Email == email).Select(a => (AccountId?)a.Id).FirstOrDefaultAsync(ct);

    private async Task<AccountId?> CreateAsync(string email, CancellationToken ct)
    {
        var account = Account.Create(email, time.GetUtcNow());
        account.Rename(user.Name);
        db.Accounts.Add(account);
        try
        {
            await db.SaveChangesAsync(ct);
            return account.Id;
        }
        catch (DuplicateException)
        {
            // Two first requests of the same person at once: the other one created it.
            db.ChangeTracker.Clear();
            return await FindAsync(email, ct);
        }
    }
}
