namespace LcPeers.Api.Tests.Infrastructure;

/// <summary>A class fixture: the host plus a running in-process SMTP server.</summary>
public sealed class MailFixture : MailApiFactory, IAsyncLifetime
{
    public async ValueTask InitializeAsync() => await Smtp.StartAsync();

    public override async ValueTask DisposeAsync()
    {
        await Smtp.StopAsync();
        await base.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}
