namespace LcPeers.Matching.Ranking;

public sealed partial class ExpertPool
{
    /// <summary>
    /// A new pool: this one with the <paramref name="upserts"/> put in (replacing the same experts, or added in id
    /// order) and the <paramref name="removals"/> left out. Only the changed experts are computed; everyone else's
    /// values are copied over in blocks, so the cost is a few memory copies of the arrays rather than a rebuild. This
    /// pool is not changed: rankings still reading it go on undisturbed. The tools catalogue stays this pool's.
    /// </summary>
    public ExpertPool With(IReadOnlyCollection<ExpertEntry> upserts, IReadOnlyCollection<Guid> removals)
    {
        ArgumentNullException.ThrowIfNull(upserts);
        ArgumentNullException.ThrowIfNull(removals);
        var fresh = new Builder(ToolIndex, ToolNames, upserts.Count);
        foreach (var entry in upserts)
        {
            fresh.Add(entry);
        }

        return With(fresh.Build(), [.. removals.Concat(upserts.Select(e => e.Expert.Id.Value))]);
    }

    private ExpertPool With(ExpertPool fresh, List<Guid> replaced)
    {
        var cuts = replaced.Select(IndexOf).Where(i => i >= 0).Distinct().Order().ToList();
        var organisations = WithOrganisationsOf(fresh);
        return cuts.Count == fresh.Count && cuts.Select((i, k) => Ids[i] == fresh.Ids[k]).All(same => same)
            ? Replaced(fresh, cuts, organisations)
            : Assemble(Runs(fresh, cuts), this, organisations);
    }

    /// <summary>
    /// This pool with the experts at <paramref name="at"/> replaced by the fresh ones, no one added or removed: every
    /// array in which they did not change is shared with this pool (arrays are never written once a pool is built),
    /// the others are copied with the new values put in. An edit of someone's load copies three arrays, not thirty.
    /// </summary>
    private ExpertPool Replaced(ExpertPool fresh, List<int> at, Dictionary<string, int> organisations)
    {
        var pool = (ExpertPool)MemberwiseClone();
        pool.OrganisationIndex = organisations;
        pool.Ids = Patch(Ids, fresh.Ids, at);
        pool.Names = Patch(Names, fresh.Names, at);
        pool.Flags = Patch(Flags, fresh.Flags, at);
        pool.RegionMask = Patch(RegionMask, fresh.RegionMask, at);
        pool.LanguageMask = Patch(LanguageMask, fresh.LanguageMask, at);
        pool.RoleMask = Patch(RoleMask, fresh.RoleMask, at);
        pool.SectorMask = Patch(SectorMask, fresh.SectorMask, at);
        pool.ToolMask = Patch(ToolMask, fresh.ToolMask, at);
        pool.Competences = Patch(Competences, fresh.Competences, at);
        pool.PhaseCounts = Patch(PhaseCounts, fresh.PhaseCounts, at);
        pool.OrgBloom = Patch(OrgBloom, fresh.OrgBloom, at);
        pool.HoursPerMonth = Patch(HoursPerMonth, fresh.HoursPerMonth, at);
        pool.Active = Patch(Active, fresh.Active, at);
        pool.MaxConcurrent = Patch(MaxConcurrent, fresh.MaxConcurrent, at);
        pool.TrackRecord = Patch(TrackRecord, fresh.TrackRecord, at);
        pool.Load = Patch(Load, fresh.Load, at);
        pool.RecentLoad = Patch(RecentLoad, fresh.RecentLoad, at);
        pool.RecentEngagements = Patch(RecentEngagements, fresh.RecentEngagements, at);
        pool.UnconfirmedMonths = Patch(UnconfirmedMonths, fresh.UnconfirmedMonths, at);
        pool.RatingCount = Patch(RatingCount, fresh.RatingCount, at);
        pool.RatingMean = Patch(RatingMean, fresh.RatingMean, at);
        pool.Attributes = Patch(Attributes, fresh.Attributes, at);
        pool.SureFreeHours = Patch(SureFreeHours, fresh.SureFreeHours, at);
        (pool.OrgStart, pool.OrgIds) = Splice(OrgStart, OrgIds, fresh.OrgStart, fresh.OrgIds, at);
        (pool.PeriodStart, pool.PeriodFrom) = Splice(PeriodStart, PeriodFrom, fresh.PeriodStart, fresh.PeriodFrom, at);
        (_, pool.PeriodTo) = Splice(PeriodStart, PeriodTo, fresh.PeriodStart, fresh.PeriodTo, at);
        (pool.CommitStart, pool.CommitFrom) = Splice(CommitStart, CommitFrom, fresh.CommitStart, fresh.CommitFrom, at);
        (_, pool.CommitTo) = Splice(CommitStart, CommitTo, fresh.CommitStart, fresh.CommitTo, at);
        (_, pool.CommitHours) = Splice(CommitStart, CommitHours, fresh.CommitStart, fresh.CommitHours, at);
        return pool;
    }

    /// <summary>The array itself when the fresh values at <paramref name="at"/> are the ones it holds, else a copy with them put in.</summary>
    private static T[] Patch<T>(T[] current, T[] fresh, List<int> at)
    {
        var k = 0;
        while (k < at.Count && EqualityComparer<T>.Default.Equals(current[at[k]], fresh[k]))
        {
            k++;
        }

        if (k == at.Count)
        {
            return current;
        }

        var copy = GC.AllocateUninitializedArray<T>(current.Length);
        Array.Copy(current, copy, current.Length);
        for (; k < at.Count; k++)
        {
            copy[at[k]] = fresh[k];
        }

        return copy;
    }

    /// <summary>
    /// One flattened list with the slices of the experts at <paramref name="at"/> replaced by the fresh ones: both
    /// arrays shared when nothing changed, the start offsets shared when every slice kept its length.
    /// </summary>
    private static (int[] Starts, T[] Values) Splice<T>(int[] starts, T[] values, int[] freshStarts, T[] freshValues, List<int> at)
    {
        var sameLengths = true;
        var sameValues = true;
        for (var k = 0; k < at.Count; k++)
        {
            var (from, length) = (starts[at[k]], starts[at[k] + 1] - starts[at[k]]);
            var freshLength = freshStarts[k + 1] - freshStarts[k];
            sameLengths &= length == freshLength;
            sameValues &= length == freshLength && values.AsSpan(from, length).SequenceEqual(freshValues.AsSpan(freshStarts[k], length), EqualityComparer<T>.Default);
        }

        if (sameValues)
        {
            return (starts, values);
        }

        var newStarts = sameLengths ? starts : GC.AllocateUninitializedArray<int>(starts.Length);
        var newValues = GC.AllocateUninitializedArray<T>(values.Length + freshStarts[at.Count] - at.Sum(i => starts[i + 1] - starts[i]));
        var (expert, read, written) = (0, 0, 0);
        for (var k = 0; k <= at.Count; k++)
        {
            var until = k < at.Count ? at[k] : starts.Length - 1; // the experts before the next replaced one keep their slices
            Array.Copy(values, read, newValues, written, starts[until] - read);
            if (!sameLengths)
            {
                for (var i = expert; i <= until; i++)
                {
                    newStarts[i] = starts[i] + written - read;
                }
            }

            written += starts[until] - read;
            if (k == at.Count)
            {
                break;
            }

            var length = freshStarts[k + 1] - freshStarts[k];
            Array.Copy(freshValues, freshStarts[k], newValues, written, length);
            written += length;
            read = starts[until + 1];
            expert = until + 1;
        }

        return (newStarts, newValues);
    }

    /// <summary>A pool of the <paramref name="runs"/> in their order, with the tool index of <paramref name="tools"/>.</summary>
    private static ExpertPool Assemble(List<Run> runs, ExpertPool tools, Dictionary<string, int> organisations)
    {
        var target = new ExpertPool(runs.Sum(r => r.Length), overwritten: true)
        {
            ToolIndex = tools.ToolIndex,
            ToolNames = tools.ToolNames,
            OrganisationIndex = organisations,
        };
        CopyFixed(runs, target);
        target.OrgIds = Flatten(runs, target, p => p.OrgStart, p => p.OrgIds);
        target.PeriodFrom = Flatten(runs, target, p => p.PeriodStart, p => p.PeriodFrom);
        target.PeriodTo = Flatten(runs, target, p => p.PeriodStart, p => p.PeriodTo);
        target.CommitFrom = Flatten(runs, target, p => p.CommitStart, p => p.CommitFrom);
        target.CommitTo = Flatten(runs, target, p => p.CommitStart, p => p.CommitTo);
        target.CommitHours = Flatten(runs, target, p => p.CommitStart, p => p.CommitHours);
        return target;
    }

    /// <summary>A block of consecutive experts of one pool, copied as a whole.</summary>
    private readonly record struct Run(ExpertPool Source, int Start, int Length);

    /// <summary>
    /// The new pool as blocks in id order: this pool's experts between the cut indices, with the fresh experts put in
    /// where their ids belong. A replaced expert's old index is cut and its fresh entry lands on the same spot.
    /// </summary>
    private List<Run> Runs(ExpertPool fresh, List<int> cuts)
    {
        var runs = new List<Run>();
        var (from, cut, next) = (0, 0, 0);
        while (true)
        {
            var insertAt = next < fresh.Count ? InsertionPoint(fresh.Ids[next]) : Count;
            var cutAt = cut < cuts.Count ? cuts[cut] : Count;
            var boundary = Math.Min(insertAt, cutAt);
            if (boundary > from)
            {
                runs.Add(new Run(this, from, boundary - from));
                from = boundary;
            }

            if (next < fresh.Count && insertAt <= cutAt)
            {
                runs.Add(new Run(fresh, next++, 1));
            }
            else if (cut < cuts.Count)
            {
                from = cuts[cut++] + 1;
            }
            else
            {
                return runs;
            }
        }
    }

    /// <summary>Where an expert with this id stands in this pool, or would stand if added.</summary>
    private int InsertionPoint(Guid id)
    {
        var i = IndexOf(id);
        return i < 0 ? ~i : i;
    }

    /// <summary>
    /// This pool's organisation index, shared when the fresh experts name no new organisation, else a copy with them
    /// added; the fresh pool's organisation ids are rewritten to the new index's.
    /// </summary>
    private Dictionary<string, int> WithOrganisationsOf(ExpertPool fresh)
    {
        var index = fresh.OrganisationIndex.Keys.All(OrganisationIndex.ContainsKey)
            ? OrganisationIndex
            : new Dictionary<string, int>(OrganisationIndex, StringComparer.OrdinalIgnoreCase);
        var map = new int[fresh.OrganisationIndex.Count];
        foreach (var (name, id) in fresh.OrganisationIndex)
        {
            if (!index.TryGetValue(name, out var target))
            {
                target = index.Count;
                index[name] = target;
            }

            map[id] = target;
        }

        for (var k = 0; k < fresh.OrgIds.Length; k++)
        {
            fresh.OrgIds[k] = map[fresh.OrgIds[k]];
        }

        return index;
    }

    private static void CopyFixed(List<Run> runs, ExpertPool target)
    {
        Copy(runs, target, p => p.Ids);
        Copy(runs, target, p => p.Names);
        Copy(runs, target, p => p.Flags);
        Copy(runs, target, p => p.RegionMask);
        Copy(runs, target, p => p.LanguageMask);
        Copy(runs, target, p => p.RoleMask);
        Copy(runs, target, p => p.SectorMask);
        Copy(runs, target, p => p.ToolMask);
        Copy(runs, target, p => p.Competences);
        Copy(runs, target, p => p.PhaseCounts);
        Copy(runs, target, p => p.OrgBloom);
        Copy(runs, target, p => p.HoursPerMonth);
        Copy(runs, target, p => p.Active);
        Copy(runs, target, p => p.MaxConcurrent);
        Copy(runs, target, p => p.TrackRecord);
        Copy(runs, target, p => p.Load);
        Copy(runs, target, p => p.RecentLoad);
        Copy(runs, target, p => p.RecentEngagements);
        Copy(runs, target, p => p.UnconfirmedMonths);
        Copy(runs, target, p => p.RatingCount);
        Copy(runs, target, p => p.RatingMean);
        Copy(runs, target, p => p.Attributes);
        Copy(runs, target, p => p.SureFreeHours);
    }

    private static void Copy<T>(List<Run> runs, ExpertPool target, Func<ExpertPool, T[]> array)
    {
        var destination = array(target);
        var at = 0;
        foreach (var run in runs)
        {
            Array.Copy(array(run.Source), run.Start, destination, at, run.Length);
            at += run.Length;
        }
    }

    /// <summary>
    /// One flattened list of the new pool (organisations, periods or commitments), copied block by block; the target's
    /// start offsets are set as it goes (the same offsets serve each list of a group, so setting them twice is harmless).
    /// </summary>
    private static T[] Flatten<T>(List<Run> runs, ExpertPool target, Func<ExpertPool, int[]> starts, Func<ExpertPool, T[]> values)
    {
        var targetStarts = starts(target);
        var total = runs.Sum(r => starts(r.Source)[r.Start + r.Length] - starts(r.Source)[r.Start]);
        var result = GC.AllocateUninitializedArray<T>(total); // written in full below
        var (expert, offset) = (0, 0);
        foreach (var run in runs)
        {
            var sourceStarts = starts(run.Source);
            var first = sourceStarts[run.Start];
            var length = sourceStarts[run.Start + run.Length] - first;
            Array.Copy(values(run.Source), first, result, offset, length);
            var shift = offset - first;
            for (var k = 0; k < run.Length; k++)
            {
                targetStarts[expert + k] = sourceStarts[run.Start + k] + shift;
            }

            expert += run.Length;
            offset += length;
        }

        targetStarts[expert] = offset;
        return result;
    }
}
