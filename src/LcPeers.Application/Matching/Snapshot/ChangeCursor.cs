namespace LcPeers.Application.Matching.Snapshot;

/// <summary>
/// Which change-log rows an instance has applied. Every id up to <see cref="Watermark"/> is applied (or given up on);
/// above it, the ids applied while a lower one is still missing. A missing id is a transaction that took its id but
/// has not committed yet (SQL Server hands out identities before commit; SQLite, with one writer at a time, never
/// leaves one), a rolled-back one, or an identity jump: it is waited for for <see cref="GapTimeout"/>, then passed.
/// Rows are taken on a <see cref="Clone"/> under the snapshot's lock; a cursor a snapshot holds is never written again,
/// so the lock-free check reads it (<see cref="HasApplied"/>) without a copy.
/// </summary>
internal sealed class ChangeCursor(long watermark)
{
    /// <summary>How long a missing id is waited for: longer than any of the app's write transactions takes.</summary>
    public static readonly TimeSpan GapTimeout = TimeSpan.FromMinutes(1);

    private readonly SortedSet<long> _applied = [];
    private DateTimeOffset? _gapSince;

    public long Watermark { get; private set; } = watermark;

    /// <summary>A copy to take rows on, kept only when applying them succeeds.</summary>
    public ChangeCursor Clone()
    {
        var copy = new ChangeCursor(Watermark) { _gapSince = _gapSince };
        copy._applied.UnionWith(_applied);
        return copy;
    }

    /// <summary>The ids above the watermark already applied.</summary>
    public IReadOnlySet<long> AppliedAbove => _applied;

    /// <summary>True when the row <paramref name="id"/> is applied (or given up on).</summary>
    public bool HasApplied(long id) => id <= Watermark || _applied.Contains(id);

    /// <summary>Of the rows read above the watermark, the ones not applied yet; the caller applies them.</summary>
    public List<T> Take<T>(IEnumerable<T> above, Func<T, long> id, DateTimeOffset now)
    {
        var fresh = above.Where(r => id(r) > Watermark && _applied.Add(id(r))).ToList();
        Advance(now);
        return fresh;
    }

    private void Advance(DateTimeOffset now)
    {
        while (true)
        {
            while (_applied.Count > 0 && _applied.Min == Watermark + 1)
            {
                Watermark = _applied.Min;
                _applied.Remove(Watermark);
            }

            if (_applied.Count == 0)
            {
                _gapSince = null;
                return;
            }

            _gapSince ??= now;
            if (now - _gapSince < GapTimeout)
            {
                return;
            }

            Watermark = _applied.Min - 1; // the missing ids below it never came: pass them
            _gapSince = null;
        }
    }
}
