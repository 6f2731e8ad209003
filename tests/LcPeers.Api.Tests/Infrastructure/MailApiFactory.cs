namespace LcPeers.Api.Tests.Infrastructure;

/// <summary>The host sending real SMTP to an in-process server (started by the test when it wants mail to arrive).</summary>
public class MailApiFactory : LcPeersApiFactory
{
    private readonly (string Key, string Value)[] _settings;

    public MailApiFactory()
        : this(new SmtpTestServer(), null, DefaultStart)
    {
    }

    public MailApiFactory(SmtpTestServer smtp, string? directory, DateTimeOffset start, params (string Key, string Value)[] settings)
        : base(directory, start)
    {
        Smtp = smtp;
        _settings = settings;
    }

    public SmtpTestServer Smtp { get; }

    protected override IEnumerable<(string Key, string Value)> ExtraSettings() =>
    [
        ("Email:Smtp:Host", "127.0.0.1"),
        ("Email:Smtp:Port", Smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        ("Email:Smtp:UseTls", "false"),
        ("Email:Smtp:Timeout", "00:00:05"),
        ("Email:From", "noreply@lcpeers.example"),
        ("Email:Organizer", "noreply@lcpeers.example"),
        ("Email:RetryBaseDelay", "00:00:30"),
        ("Email:MaxAttempts", "4"),
        .. _settings,
    ];
}
