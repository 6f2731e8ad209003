using LcPeers.Application.Common;
using LcPeers.Application.Common.Security;
using LcPeers.Domain.Messaging;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LcPeers.Application.Notifications.Preferences;

/// <summary>Whether nudges reach the signed-in person, and the addresses that covers (sign-in and expert contact address).</summary>
public sealed record MailPreferencesResponse(bool Nudges, IReadOnlyList<string> Addresses);

[RequiresRole(Roles.Coordinator, Roles.Expert, Roles.Staff)]
public sealed record GetMyMailPreferencesQuery : IQuery<MailPreferencesResponse>;

/// <summary>Turns nudges on or off for every address the signed-in person receives mail at.</summary>
[RequiresRole(Roles.Coordinator, Roles.Expert, Roles.Staff)]
public sealed record SetMyMailPreferencesCommand(bool Nudges) : ICommand<MailPreferencesResponse>;

internal sealed class MyAddresses(ILcPeersDb db, ICurrentUser user)
{
    /// <summary>The sign-in address and, for an expert, the contact address mail goes to.</summary>
    public async Task<List<string>> AllAsync(CancellationToken ct)
    {
        var email = MailPreference.Normalise(user.RequireEmail());
        var contact = await db.Experts.AsNoTracking().Where(e => e.AccountEmail == email && e.Email != null).Select(e => e.Email!).FirstOrDefaultAsync(ct);
        return [.. new[] { email, contact }.OfType<string>().Select(MailPreference.Normalise).Distinct()];
    }
}

internal sealed class GetMyMailPreferencesHandler(ILcPeersDb db, MyAddresses mine) : IQueryHandler<GetMyMailPreferencesQuery, MailPreferencesResponse>
{
    public async ValueTask<MailPreferencesResponse> Handle(GetMyMailPreferencesQuery query, CancellationToken ct)
    {
        var addresses = await mine.AllAsync(ct);
        var off = await db.MailPreferences.AsNoTracking().AnyAsync(p => addresses.Contains(p.Address) && p.NudgesOff, ct);
        return new MailPreferencesResponse(!off, addresses);
    }
}

internal sealed class SetMyMailPreferencesHandler(ILcPeersDb db, MyAddresses mine, TimeProvider time) : ICommandHandler<SetMyMailPreferencesCommand, MailPreferencesResponse>
{
    public async ValueTask<MailPreferencesResponse> Handle(SetMyMailPreferencesCommand command, CancellationToken ct)
    {
        var addresses = await mine.AllAsync(ct);
        await MailPreferenceStore.SetAsync(db, addresses, command.Nudges, time.GetUtcNow(), ct);
        await db.SaveChangesAsync(ct);
        return new MailPreferencesResponse(command.Nudges, addresses);
    }
}

internal static class MailPreferenceStore
{
    /// <summary>Creates or changes the preference of each address (added to the unit of work; the caller saves).</summary>
    public static async Task SetAsync(ILcPeersDb db, IReadOnlyList<string> addresses, bool nudges, DateTimeOffset now, CancellationToken ct)
    {
        var existing = await db.MailPreferences.Where(p => addresses.Contains(p.Address)).ToListAsync(ct);
        foreach (var address in addresses)
        {
            var preference = existing.FirstOrDefault(p => p.Address == address);
            if (preference is null)
            {
                preference = MailPreference.For(address, now);
                db.MailPreferences.Add(preference);
            }

            preference.SetNudges(nudges, now);
        }
    }
}
