using LcPeers.Domain.Tools;

namespace LcPeers.Matching.Ranking;

public sealed partial class ExpertPool
{
    /// <summary>
    /// A builder for a pool from experts handed in one at a time, in any order: each entry is laid out into the arrays
    /// as it arrives and can then be dropped, so a pool of 100,000 experts is built while streaming them from the
    /// database without holding them all. Experts arriving in id order (the usual case) are the pool as they stand;
    /// otherwise they are put in id order at the end.
    /// </summary>
    public static Builder CreateBuilder(IReadOnlyList<Tool> catalogue, int capacity = 0)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        var tools = catalogue.OrderBy(t => t.Number).Take(MaxTools).ToList();
        var toolIndex = new Dictionary<ToolId, int>();
        for (var t = 0; t < tools.Count; t++)
        {
            toolIndex[tools[t].Id] = t;
        }

        return new Builder(toolIndex, [.. tools.Select(t => t.Name)], capacity);
    }

    /// <inheritdoc cref="CreateBuilder"/>
    public sealed class Builder
    {
        private readonly FlatLists _lists = new();
        private ExpertPool _staging;
        private int _count;
        private bool _inOrder = true;

        internal Builder(Dictionary<ToolId, int> toolIndex, string[] toolNames, int capacity)
        {
            _staging = new ExpertPool(Math.Max(capacity, 16)) { ToolIndex = toolIndex, ToolNames = toolNames };
        }

        /// <summary>Lays out one expert; an erased one is left out.</summary>
        public void Add(ExpertEntry entry)
        {
            ArgumentNullException.ThrowIfNull(entry);
            if (!entry.Expert.IsErased)
            {
                Add(PoolProfile.Of(entry.Expert), entry.Facts);
            }
        }

        /// <summary>Lays out one expert (not erased) from the profile values the pool keeps.</summary>
        public void Add(PoolProfile profile, ExpertFacts facts)
        {
            ArgumentNullException.ThrowIfNull(profile);
            ArgumentNullException.ThrowIfNull(facts);
            if (_count == _staging.Count)
            {
                _staging = Grown();
            }

            _staging.Fill(_count, profile, facts, _lists);
            _inOrder &= _count == 0 || _staging.Ids[_count - 1].CompareTo(_staging.Ids[_count]) < 0;
            _count++;
        }

        /// <summary>The pool of every expert added, in id order. The builder is not to be used after this.</summary>
        public ExpertPool Build()
        {
            Seal();
            if (_inOrder && _count == _staging.Count)
            {
                return _staging;
            }

            return Assemble(_inOrder ? [new Run(_staging, 0, _count)] : SortedRuns(), _staging, _staging.OrganisationIndex);
        }

        /// <summary>The staging arrays twice as long, with what was laid out so far.</summary>
        private ExpertPool Grown()
        {
            var grown = new ExpertPool(_staging.Count * 2) { ToolIndex = _staging.ToolIndex, ToolNames = _staging.ToolNames, OrganisationIndex = _staging.OrganisationIndex };
            var runs = new List<Run> { new(_staging, 0, _count) };
            CopyFixed(runs, grown);
            CopyStarts(_staging.OrgStart, grown.OrgStart);
            CopyStarts(_staging.PeriodStart, grown.PeriodStart);
            CopyStarts(_staging.CommitStart, grown.CommitStart);
            return grown;
        }

        private void CopyStarts(int[] from, int[] to) => Array.Copy(from, to, _count);

        /// <summary>Closes the flattened lists at <see cref="_count"/>, as the start offsets of a finished pool are.</summary>
        private void Seal()
        {
            _staging.OrgStart[_count] = _lists.OrgIds.Count;
            _staging.PeriodStart[_count] = _lists.PeriodFrom.Count;
            _staging.CommitStart[_count] = _lists.CommitFrom.Count;
            _staging.OrgIds = [.. _lists.OrgIds];
            _staging.PeriodFrom = [.. _lists.PeriodFrom];
            _staging.PeriodTo = [.. _lists.PeriodTo];
            _staging.CommitFrom = [.. _lists.CommitFrom];
            _staging.CommitTo = [.. _lists.CommitTo];
            _staging.CommitHours = [.. _lists.CommitHours];
        }

        /// <summary>The staged experts in id order, as blocks of consecutive ones.</summary>
        private List<Run> SortedRuns()
        {
            var order = new int[_count];
            for (var i = 0; i < _count; i++)
            {
                order[i] = i;
            }

            Array.Sort(_staging.Ids[.._count], order);
            var runs = new List<Run>();
            for (var k = 0; k < _count;)
            {
                var start = k;
                while (++k < _count && order[k] == order[k - 1] + 1)
                {
                }

                runs.Add(new Run(_staging, order[start], k - start));
            }

            return runs;
        }
    }
}
