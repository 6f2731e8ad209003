using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace LcPeers.Application.Common.Diagnostics;

/// <summary>
/// The service's own traces and metrics, on the BCL's <see cref="ActivitySource"/> and <see cref="Meter"/> so the use
/// cases need no telemetry package; the host decides where they are exported (OTLP, Azure Monitor, or nowhere).
/// </summary>
public static class LcPeersDiagnostics
{
    public const string Name = "LcPeers";

    public static readonly ActivitySource Source = new(Name);

    public static readonly Meter Meter = new(Name);

    /// <summary>Time to rank one request against the pool, in milliseconds.</summary>
    public static readonly Histogram<double> RankingDuration =
        Meter.CreateHistogram<double>("lcpeers.ranking.duration", unit: "ms", description: "Time to rank one request against the expert pool.");

    /// <summary>Proposals entering a status (tag <c>status</c>): proposed, alternate, approved, rejected, accepted, declined.</summary>
    public static readonly Counter<long> ProposalTransitions =
        Meter.CreateCounter<long>("lcpeers.proposals", description: "Proposals entering a status, by status.");

    /// <summary>Emails handed to the transport, by outcome (tag <c>outcome</c>: sent, retry, dead).</summary>
    public static readonly Counter<long> OutboxDeliveries =
        Meter.CreateCounter<long>("lcpeers.outbox.deliveries", description: "Outbox delivery attempts, by outcome.");

    private static int PendingOutboxEmails;

    /// <summary>Emails waiting in the outbox (pending), as the dispatcher last counted them.</summary>
    public static readonly ObservableGauge<int> OutboxBacklog =
        Meter.CreateObservableGauge("lcpeers.outbox.backlog", () => Volatile.Read(ref PendingOutboxEmails), description: "Emails waiting to be sent.");

    public static void ReportOutboxBacklog(int pending) => Volatile.Write(ref PendingOutboxEmails, pending);

    /// <summary>Matching runs finished, by outcome (tag <c>status</c>).</summary>
    public static readonly Counter<long> MatchingRuns =
        Meter.CreateCounter<long>("lcpeers.matching.runs", description: "Batch matching runs finished, by outcome.");
}
