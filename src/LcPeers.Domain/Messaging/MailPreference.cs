namespace LcPeers.Domain.Messaging;

/// <summary>
/// What one address wants to receive. Nudges (feedback requests, confirmations, their reminders) can be turned off;
/// invitations, introductions and session mail always go, because the work depends on them.
/// </summary>
public sealed class MailPreference
{
    private MailPreference() { } // for EF

    /// <summary>The lower-case address the preference belongs to.</summary>
    public string Address { get; private set; } = "";

    public bool NudgesOff { get; private set; }

    public DateTimeOffset ChangedAt { get; private set; }

    public static MailPreference For(string address, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(address);
        return new MailPreference { Address = Normalise(address), ChangedAt = now };
    }

    public static string Normalise(string address) => address.Trim().ToLowerInvariant();

    /// <returns>True when this changed the preference.</returns>
    public bool SetNudges(bool on, DateTimeOffset now)
    {
        if (NudgesOff == !on)
        {
            return false;
        }

        NudgesOff = !on;
        ChangedAt = now;
        return true;
    }
}
