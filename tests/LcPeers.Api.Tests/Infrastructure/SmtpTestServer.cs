using System.Buffers;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using MimeKit;
using SmtpServer;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace LcPeers.Api.Tests.Infrastructure;

/// <summary>
/// A real SMTP server on 127.0.0.1 in the test process (SmtpServer), keeping every message it receives as parsed
/// MIME. It can stop and start again on the same port, to play a mail server that is down for a while.
/// </summary>
public sealed class SmtpTestServer : IAsyncDisposable
{
    private readonly ConcurrentQueue<MimeMessage> _messages = new();
    private CancellationTokenSource? _cts;
    private SmtpServer.SmtpServer? _server;
    private Task? _running;

    public SmtpTestServer() => Port = FreePort();

    public int Port { get; }

    public IReadOnlyList<MimeMessage> Messages => [.. _messages];

    public bool IsRunning => _server is not null;

    public static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    public async Task StartAsync()
    {
        if (_server is not null)
        {
            return;
        }

        var options = new SmtpServerOptionsBuilder()
            .ServerName("localhost")
            .Endpoint(b => b.Endpoint(new IPEndPoint(IPAddress.Loopback, Port)))
            .Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(new Store(_messages));
        _cts = new CancellationTokenSource();
        _server = new SmtpServer.SmtpServer(options, services);
        _running = _server.StartAsync(_cts.Token);
        await WaitUntilListeningAsync();
    }

    public async Task StopAsync()
    {
        if (_server is null)
        {
            return;
        }

        _server.Shutdown();
        await _cts!.CancelAsync();
        try
        {
            await _running!.WaitAsync(TimeSpan.FromSeconds(5));
        }
        catch (OperationCanceledException)
        {
            // stopped
        }

        _cts.Dispose();
        _server = null;
    }

    /// <summary>Waits (bounded, polling) until the received messages satisfy <paramref name="condition"/>.</summary>
    public async Task<IReadOnlyList<MimeMessage>> WaitForAsync(Func<IReadOnlyList<MimeMessage>, bool> condition, string what, TimeSpan? timeout = null)
    {
        var limit = Stopwatch.StartNew();
        while (true)
        {
            var messages = Messages;
            if (condition(messages))
            {
                return messages;
            }

            if (limit.Elapsed > (timeout ?? TimeSpan.FromSeconds(15)))
            {
                Assert.Fail($"Timed out waiting for {what}; received {messages.Count}: {string.Join(" | ", messages.Select(m => $"{m.To} {m.Subject}"))}");
            }

            await Task.Delay(25);
        }
    }

    public Task<IReadOnlyList<MimeMessage>> WaitForCountAsync(int count, TimeSpan? timeout = null) =>
        WaitForAsync(m => m.Count >= count, $"{count} messages", timeout);

    public async ValueTask DisposeAsync() => await StopAsync();

    private async Task WaitUntilListeningAsync()
    {
        for (var i = 0; i < 200; i++)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(10);
            }
        }

        throw new InvalidOperationException($"The test SMTP server did not listen on {Port}.");
    }

    private sealed class Store(ConcurrentQueue<MimeMessage> messages) : MessageStore
    {
        public override async Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            using var stream = new MemoryStream(buffer.ToArray());
            messages.Enqueue(await MimeMessage.LoadAsync(stream, cancellationToken));
            return SmtpResponse.Ok;
        }
    }
}
