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
/// A new account joins the handler's unit of work: a command that fails leaves no account behind, and a read-only
/// message never writes one.
/// </summary>
public sealed class AccountResolver(ILcPeersDb db, ICurrentUser user, ResolvedAccount resolved, TimeProvider time)
{
    private Account? _created;

    public async ValueTask EnsureAsync(CancellationToken ct)
    {
        if (user.Email is not { } email)
        {
            return;
        }

        if (_created is { } created)
        {
            // A retry after a conflict cleared the unit of work: the new account goes with the next attempt's save.
            if (db.Accounts.Entry(created).State == EntityState.Detached && !await db.Accounts.AnyAsync(a => a.Id == created.Id, ct))
            {
                db.Accounts.Add(created);
            }

            return;
        }

        if (resolved.Id is not null)
        {
            return;
        }

        resolved.Id = await db.Accounts.Where(a => a.Email == email).Select(a => (AccountId?)a.Id).FirstOrDefaultAsync(ct) ?? Create(email);
    }

    private AccountId Create(string email)
    {
        _created = Account.Create(email, time.GetUtcNow());
        _created.Rename(user.Name);
        db.Accounts.Add(_created);
        return _created.Id;
    }
}
