using System.Net;
using LcPeers.Application.Common;
using LcPeers.Domain.Accounts;
using LcPeers.Domain.Experts;
using LcPeers.Domain.Messaging;
using Microsoft.EntityFrameworkCore;

namespace LcPeers.Application.Experts.EraseMyProfile;

/// <summary>
/// Removes a person's address and name from everything that is not their account record: the outbox (pending mail to
/// or about them is cancelled, sent mail loses its text), coordinator links and session observers. Histories, audit
/// rows and decisions hold only the account id, so erasing the account itself (<see cref="Account.Erase"/>) is enough
/// there. See docs/personal-data.md.
/// </summary>
internal static class PersonalDataEraser
{
    public static async Task EraseAsync(ILcPeersDb db, Expert expert, Account? account, DateTimeOffset now, CancellationToken ct)
    {
        // Read before the expert's own erasure blanks them.
        var addresses = new[] { expert.AccountEmail, expert.Email }.OfType<string>().Select(Account.Normalise).Distinct().ToList();
        var name = expert.DisplayName;
        var marker = account is null ? $"{Account.ErasedEmailPrefix}{expert.Id.Value:N}" : null;

        expert.Erase(now);
        account?.Erase(now);
        marker ??= account!.Email;

        await ForgetOutboxAsync(db, addresses, name, await RelatedIdsAsync(db, expert, ct), marker, now, ct);
        db.CoordinatorLinks.RemoveRange(await db.CoordinatorLinks.Where(l => addresses.Contains(l.Email)).ToListAsync(ct));
        db.MailPreferences.RemoveRange(await db.MailPreferences.Where(p => addresses.Contains(p.Address)).ToListAsync(ct));
        foreach (var address in addresses)
        {
            var observed = await db.Engagements.Include(e => e.Sessions).Where(e => e.Sessions.Any(s => s.ObserverEmail == address)).ToListAsync(ct);
            observed.ForEach(e => e.ForgetObserver(address, now));
        }
    }

    /// <summary>Their proposals, engagements and sessions: mail about these names them (an invite's folded calendar lines too).</summary>
    private static async Task<List<Guid>> RelatedIdsAsync(ILcPeersDb db, Expert expert, CancellationToken ct)
    {
        var proposals = await db.Proposals.Where(p => p.ExpertId == expert.Id).Select(p => p.Id).ToListAsync(ct);
        var engagements = await db.Engagements.AsNoTracking().Include(e => e.Sessions).Where(e => e.ExpertId == expert.Id).ToListAsync(ct);
        return [.. proposals.Select(p => p.Value), .. engagements.Select(e => e.Id.Value), .. engagements.SelectMany(e => e.Sessions).Select(s => s.Id.Value)];
    }

    /// <summary>Mail to them, and mail about them: related to their proposals or engagements, or naming them in its text.</summary>
    private static async Task ForgetOutboxAsync(ILcPeersDb db, List<string> addresses, string name, List<Guid> related, string marker, DateTimeOffset now,
        CancellationToken ct)
    {
        var mentions = addresses.Append(name).Append(WebUtility.HtmlEncode(name)).Where(m => m.Length >= 3).Distinct().ToList();
        var toThem = new List<OutboxEmail>();
        foreach (var address in addresses)
        {
            // LIKE ignores case on both engines; '_' in an address is a wildcard there, so the exact match is checked after.
            toThem.AddRange((await db.OutboxEmails.Where(m => EF.Functions.Like(m.ToAddress, address)).ToListAsync(ct))
                .Where(m => string.Equals(m.ToAddress, address, StringComparison.OrdinalIgnoreCase)));
        }

        var aboutThem = await db.OutboxEmails.Where(m => m.RelatedEntityId != null && related.Contains(m.RelatedEntityId.Value)).ToListAsync(ct);
        foreach (var mention in mentions)
        {
            aboutThem.AddRange(await db.OutboxEmails
                .Where(m => m.BodyPurgedAt == null && (m.TextBody.Contains(mention) || m.HtmlBody.Contains(mention) || m.Subject.Contains(mention)
                    || (m.Calendar != null && m.Calendar.Contains(mention)) || (m.LastError != null && m.LastError.Contains(mention))))
                .ToListAsync(ct));
        }

        foreach (var mail in toThem.Concat(aboutThem).DistinctBy(m => m.Id))
        {
            // Mail about them to somebody else keeps its recipient; only its text goes (and it is not sent any more).
            mail.Forget(toThem.Contains(mail) ? marker : mail.ToAddress, now);
        }
    }
}
