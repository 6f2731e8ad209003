namespace LcPeers.Application.Matching.Snapshot;

/// <summary>What a change to the ranking's pool concerns: one expert, one request's commitments, or the tools catalogue.</summary>
public enum PoolChangeKind
{
    Expert = 1,
    Request = 2,
    Catalogue = 3,
}

/// <summary>
/// One row of the pool's change log, written in the same transaction as the change it records. Every app instance
/// reads the rows above the last one it applied and brings its in-memory pool up to date (see decision 10). The id
/// grows with every row; the rows are pruned after a day.
/// </summary>
public sealed class PoolChange
{
    private PoolChange()
    {
    }

    public PoolChange(PoolChangeKind kind, Guid? subjectId, DateTimeOffset at)
    {
        Kind = kind;
        SubjectId = subjectId;
        At = at;
    }

    public long Id { get; private set; }

    public PoolChangeKind Kind { get; private set; }

    /// <summary>The expert's or the request's id; none for the catalogue.</summary>
    public Guid? SubjectId { get; private set; }

    public DateTimeOffset At { get; private set; }
}
