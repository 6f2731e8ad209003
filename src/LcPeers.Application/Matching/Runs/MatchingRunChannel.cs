using System.Threading.Channels;
using LcPeers.Domain.Matching;

namespace LcPeers.Application.Matching.Runs;

/// <summary>Hands queued runs to the background worker. One reader; runs execute one at a time.</summary>
public sealed class MatchingRunChannel
{
    private readonly Channel<MatchingRunId> _channel = Channel.CreateUnbounded<MatchingRunId>(new UnboundedChannelOptions { SingleReader = true });

    public void Enqueue(MatchingRunId id) => _channel.Writer.TryWrite(id);

    public IAsyncEnumerable<MatchingRunId> ReadAllAsync(CancellationToken ct) => _channel.Reader.ReadAllAsync(ct);
}
