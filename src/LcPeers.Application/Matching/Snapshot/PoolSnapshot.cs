using System.Diagnostics;
using LcPeers.Application.Common;
using LcPeers.Domain.Experts;
using LcPeers.Domain.Requests;
using LcPeers.Domain.Tools;
using LcPeers.Matching.Ranking;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace LcPeers.Application.Matching.Snapshot;

/// <summary>The expert pool and tools catalogue one ranking works on.</summary>
public sealed record PoolView(ExpertPool Pool, IReadOnlyList<Tool> Catalogue);

/// <summary>
/// The ranking's pool, kept in memory by each app instance (decision 10). Built once from the database, then brought
/// up to date before every use by applying only what the change log (<see cref="PoolChange"/>) says changed since:
/// the experts concerned are read again and put into a new pool (<see cref="ExpertPool.With"/>), while rankings on
/// the old one finish undisturbed. The check is one indexed query; so a ranking never works on a pool older than the
/// writes committed before it began, its own or another instance's. A change to the catalogue, a change touching
/// more than a tenth of the pool, or a new day (the recent-load window and the months a profile went unconfirmed
/// move with the date) builds the pool afresh.
/// </summary>
internal sealed partial class PoolSnapshot(ILcPeersDb db, MatchingPoolLoader loader, PoolSnapshotHolder holder, TimeProvider time, ILogger<PoolSnapshot> logger)
    : IPoolSnapshotRefresh
{
    /// <summary>More changed experts than this share of the pool (and at least <see cref="RebuildMinimum"/>) rebuild it.</summary>
    public const double RebuildShare = 0.1;

    public const int RebuildMinimum = 1_000;

    /// <summary>Change-log rows older than this are deleted when the pool is built afresh.</summary>
    public static readonly TimeSpan Retention = TimeSpan.FromDays(1);

    public async Task RefreshAsync(CancellationToken ct) => await CurrentAsync(ct);

    public async Task<PoolView> CurrentAsync(CancellationToken ct)
    {
        var snapshot = holder.Current;
        if (snapshot is not null && snapshot.Day == Today())
        {
            var watermark = snapshot.Cursor.Watermark;
            var above = await db.PoolChanges.AsNoTracking().Where(c => c.Id > watermark).Select(c => c.Id).ToListAsync(ct);
            if (above.All(snapshot.Cursor.HasApplied))
            {
                return snapshot.View;
            }
        }

        await holder.Gate.WaitAsync(ct);
        try
        {
            var current = holder.Current is { } held && held.Day == Today() ? await RefreshAsync(held, ct) : await BuildAsync(ct);
            holder.Current = current;
            return current.View;
        }
        finally
        {
            holder.Gate.Release();
        }
    }

    private async Task<PoolSnapshotHolder.Snapshot> RefreshAsync(PoolSnapshotHolder.Snapshot current, CancellationToken ct)
    {
        var watermark = current.Cursor.Watermark;
        var rows = await db.PoolChanges.AsNoTracking().Where(c => c.Id > watermark).OrderBy(c => c.Id).ToListAsync(ct);
        var cursor = current.Cursor.Clone();
        var changes = cursor.Take(rows, c => c.Id, time.GetUtcNow());
        if (changes.Any(c => c.Kind == PoolChangeKind.Catalogue))
        {
            return await BuildAsync(ct);
        }

        var experts = await AffectedExpertsAsync(changes, ct);
        if (experts.Count > Math.Max(RebuildMinimum, RebuildShare * current.View.Pool.Count))
        {
            return await BuildAsync(ct);
        }

        var pool = current.View.Pool;
        if (experts.Count > 0)
        {
            var entries = await loader.EntriesAsync(experts, ct);
            var kept = entries.Select(e => e.Expert.Id).ToHashSet();
            pool = pool.With(entries, [.. experts.Where(id => !kept.Contains(id)).Select(id => id.Value)]);
        }

        return current with { View = current.View with { Pool = pool }, Cursor = cursor };
    }

    /// <summary>The experts the changes concern: those named, and everyone proposed for a request whose terms or status changed.</summary>
    private async Task<HashSet<ExpertId>> AffectedExpertsAsync(List<PoolChange> changes, CancellationToken ct)
    {
        var experts = changes.Where(c => c is { Kind: PoolChangeKind.Expert, SubjectId: not null }).Select(c => new ExpertId(c.SubjectId!.Value)).ToHashSet();
        var requests = changes.Where(c => c is { Kind: PoolChangeKind.Request, SubjectId: not null }).Select(c => new SupportRequestId(c.SubjectId!.Value)).Distinct().ToList();
        if (requests.Count > 0)
        {
            experts.UnionWith(await db.Proposals.AsNoTracking().Where(p => requests.Contains(p.RequestId)).Select(p => p.ExpertId).ToListAsync(ct));
        }

        return experts;
    }

    /// <summary>
    /// The whole pool from the database. The log rows of the last minute are read before the pool is: the pool holds
    /// what they record, so they count as applied, and an id missing among them (committed late) is waited for as
    /// usual. Rows older than a minute are settled.
    /// </summary>
    private async Task<PoolSnapshotHolder.Snapshot> BuildAsync(CancellationToken ct)
    {
        var started = Stopwatch.GetTimestamp();
        var now = time.GetUtcNow();
        var settled = now - ChangeCursor.GapTimeout;
        var watermark = await db.PoolChanges.AsNoTracking().Where(c => c.At < settled).MaxAsync(c => (long?)c.Id, ct) ?? 0;
        var recent = await db.PoolChanges.AsNoTracking().Where(c => c.Id > watermark).Select(c => c.Id).ToListAsync(ct);
        var (pool, catalogue) = await loader.LoadAsync(ct);
        var expired = now - Retention;
        await db.PoolChanges.Where(c => c.At < expired && c.Id < watermark).ExecuteDeleteAsync(ct); // the newest row stays, so ids keep growing
        var cursor = new ChangeCursor(watermark);
        cursor.Take(recent, id => id, now);
        var elapsed = Stopwatch.GetElapsedTime(started);
        LogBuilt(pool.Count, elapsed.TotalMilliseconds);
        return new PoolSnapshotHolder.Snapshot(new PoolView(pool, catalogue), cursor, Today(now), now);
    }

    private DateOnly Today() => Today(time.GetUtcNow());

    private static DateOnly Today(DateTimeOffset now) => DateOnly.FromDateTime(LocalTimes.ToLocal(now, LocalTimes.Amsterdam));

    [LoggerMessage(Level = LogLevel.Information, Message = "Ranking pool built: {Experts} experts in {ElapsedMs:F0} ms")]
    private partial void LogBuilt(int experts, double elapsedMs);
}

/// <summary>Brings the instance's pool snapshot up to date (builds it the first time): the background refresher's handle.</summary>
public interface IPoolSnapshotRefresh
{
    Task RefreshAsync(CancellationToken ct);
}

/// <summary>One instance's pool snapshot, shared by every request it serves (a singleton).</summary>
public sealed class PoolSnapshotHolder
{
    internal SemaphoreSlim Gate { get; } = new(1, 1);

    private volatile Snapshot? _current;

    internal Snapshot? Current
    {
        get => _current;
        set => _current = value;
    }

    /// <summary>True once the first build finished: until then the instance tells its health check it is warming.</summary>
    public bool IsWarm => _current is not null;

    /// <summary>Experts in the snapshot, for the health report; null while warming.</summary>
    public int? Experts => _current?.View.Pool.Count;

    internal sealed record Snapshot(PoolView View, ChangeCursor Cursor, DateOnly Day, DateTimeOffset BuiltAt);
}
