namespace LcPeers.Infrastructure.Email;

/// <summary>SMTP server settings (<c>Email:Smtp</c>). Without a host, mail goes to the pickup folder.</summary>
public sealed class SmtpOptions
{
    public string? Host { get; set; }
    public int Port { get; set; } = 587;

    /// <summary>Require TLS: implicit TLS on port 465, STARTTLS otherwise. False only for a local test server.</summary>
    public bool UseTls { get; set; } = true;

    public string? User { get; set; }
    public string? Password { get; set; }
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);
}

/// <summary>How the outbox delivers (<c>Email</c> section, next to the sender address in the application's options).</summary>
public sealed class EmailDeliveryOptions
{
    public const string Section = "Email";

    public SmtpOptions Smtp { get; set; } = new();

    /// <summary>Where .eml files go when no SMTP host is set; relative to the content root.</summary>
    public string PickupDirectory { get; set; } = Path.Combine("data", "mail-pickup");

    /// <summary>After this many failed attempts an email is parked as dead for staff.</summary>
    public int MaxAttempts { get; set; } = 8;

    /// <summary>The first retry waits this long; each next one twice as long, up to <see cref="MaxRetryDelay"/>.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(30);

    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How often the dispatcher looks for due emails when nothing wakes it earlier.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How long a sent email keeps its subject and text (for staff to see what went out); after that only its envelope
    /// stays: kind, status, recipient, times. Erasure of the recipient purges at once. See docs/personal-data.md.
    /// </summary>
    public TimeSpan SentBodyRetention { get; set; } = TimeSpan.FromDays(30);

    /// <summary>How long a claim on an email lasts; a dispatcher that died mid-send releases it by letting it expire.</summary>
    public TimeSpan ClaimDuration { get; set; } = TimeSpan.FromMinutes(5);

    public int BatchSize { get; set; } = 50;

    /// <summary>Run the background dispatcher in this instance (on by default).</summary>
    public bool DispatcherEnabled { get; set; } = true;

    public TimeSpan RetryDelay(int failedAttempts)
    {
        var factor = Math.Pow(2, Math.Clamp(failedAttempts - 1, 0, 30));
        var delay = TimeSpan.FromTicks((long)Math.Min(RetryBaseDelay.Ticks * factor, MaxRetryDelay.Ticks));
        return delay < MaxRetryDelay ? delay : MaxRetryDelay;
    }
}
