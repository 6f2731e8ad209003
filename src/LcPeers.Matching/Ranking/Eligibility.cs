namespace LcPeers.Matching.Ranking;

/// <summary>
/// One hard filter: an expert for whom <see cref="Excludes"/> holds can never be proposed for the request.
/// </summary>
/// <param name="Reason">The flag reported for it.</param>
/// <param name="Code">The stable code staff see ("why not X?").</param>
/// <param name="Excludes">The rule itself, over the pool index and the request.</param>
/// <param name="Screened">
/// Whether the ranking's packed screen (<see cref="Eligibility.PassesScreen"/>: one AND per mask on the attribute
/// word and the tool mask) decides this rule exactly, so the exact path checks only the others.
/// </param>
public sealed record EligibilityRule(ExclusionReason Reason, string Code, Func<ExpertPool, RankingQuery, int, bool> Excludes, bool Screened);

/// <summary>
/// The hard filters, defined once. The ranking's loop asks <see cref="IsEligible"/> (the packed screen, then the
/// unscreened rules only when a rare case could hold); the "why not" reasons and their counts ask every rule.
/// Tests check on random pools that both give the same answer for every expert.
/// </summary>
public static class Eligibility
{
    /// <summary>The rules, in the order of their reason flags (the order codes are reported in).</summary>
    public static IReadOnlyList<EligibilityRule> Rules { get; } =
    [
        new(ExclusionReason.NoConsent, "no-consent", static (p, _, i) => (p.Flags[i] & ExpertPool.ConsentFlag) == 0, Screened: true),
        new(ExclusionReason.ConflictOfInterest, "conflict-of-interest", static (p, q, i) => (p.OrgBloom[i] & q.ConflictBloom) != 0 && HasConflict(p, q, i), Screened: false),
        new(ExclusionReason.Unavailable, "unavailable", static (p, q, i) => IsUnavailable(p, q, i), Screened: false),
        new(ExclusionReason.AtCapacity, "at-capacity", static (p, _, i) => p.Active[i] >= p.MaxConcurrent[i], Screened: true),
        new(ExclusionReason.Language, "language", static (p, q, i) => (p.LanguageMask[i] & q.LanguageMask) == 0, Screened: true),
        new(ExclusionReason.Region, "region", static (p, q, i) => q.RequiredRegionMask != 0 && (p.RegionMask[i] & q.RequiredRegionMask) == 0, Screened: true),
        new(ExclusionReason.CannotFacilitateTool, "cannot-facilitate-tool", static (p, q, i) => q.RequiredToolMask != 0 && (p.ToolMask[i] & q.RequiredToolMask) == 0, Screened: true),
        new(ExclusionReason.AlreadyProposed, "already-proposed", static (_, q, i) => q.AlreadyProposed.Length > 0 && Array.BinarySearch(q.AlreadyProposed, i) >= 0, Screened: false),
    ];

    private static readonly EligibilityRule[] ExactRules = [.. Rules.Where(r => !r.Screened)];

    /// <summary>
    /// Every rule that excludes the expert at <paramref name="i"/>, in packed form: the screened rules from the
    /// attribute word and the tool mask, the others only when the word says they could hold. It is what every reason
    /// and count is made of, so a summary over 100,000 experts costs no call per rule; tests check it against
    /// <see cref="Rules"/> for every expert of random pools.
    /// </summary>
    public static ExclusionReason Exclusions(ExpertPool pool, RankingQuery query, int i)
    {
        ArgumentNullException.ThrowIfNull(pool);
        ArgumentNullException.ThrowIfNull(query);
        var a = pool.Attributes[i];
        var reasons = ScreenedReasons(a, pool.ToolMask[i], query);
        if ((pool.OrgBloom[i] & query.ConflictBloom) != 0 && HasConflict(pool, query, i))
        {
            reasons |= ExclusionReason.ConflictOfInterest;
        }

        if (((a & ExpertPool.PeriodsBit) != 0 || pool.SureFreeHours[i] < query.MinHours) && IsUnavailable(pool, query, i))
        {
            reasons |= ExclusionReason.Unavailable;
        }

        if (query.AlreadyProposed.Length > 0 && Array.BinarySearch(query.AlreadyProposed, i) >= 0)
        {
            reasons |= ExclusionReason.AlreadyProposed;
        }

        return reasons;
    }

    /// <summary>The reasons of the screened rules, read off the attribute word and the tool mask.</summary>
    private static ExclusionReason ScreenedReasons(ulong a, ulong tools, RankingQuery query)
    {
        var reasons = ExclusionReason.None;
        reasons |= (a & ExpertPool.ConsentBit) == 0 ? ExclusionReason.NoConsent : 0;
        reasons |= (a & ExpertPool.RoomBit) == 0 ? ExclusionReason.AtCapacity : 0;
        reasons |= (a & query.LanguageBits) == 0 ? ExclusionReason.Language : 0;
        reasons |= query.RequiredRegionMask != 0 && (a & ((ulong)query.RequiredRegionMask << ExpertPool.RegionShift)) == 0 ? ExclusionReason.Region : 0;
        reasons |= query.RequiredToolMask != 0 && (tools & query.RequiredToolMask) == 0 ? ExclusionReason.CannotFacilitateTool : 0;
        return reasons;
    }

    /// <summary>
    /// Whether no rule excludes the expert at <paramref name="i"/>: the packed screen first, then the unscreened rules
    /// only when the attribute word says one of them could hold (a period, an organisation in the conflict filter,
    /// hours that fit only if commitments fall outside the request, or experts proposed already).
    /// </summary>
    public static bool IsEligible(ExpertPool pool, RankingQuery query, int i)
    {
        var a = pool.Attributes[i];
        if (!PassesScreen(a, pool.ToolMask[i], query))
        {
            return false;
        }

        if ((a & ExpertPool.PeriodsBit) == 0 && (pool.OrgBloom[i] & query.ConflictBloom) == 0 && pool.SureFreeHours[i] >= query.MinHours
            && query.AlreadyProposed.Length == 0)
        {
            return true;
        }

        foreach (var rule in ExactRules)
        {
            if (rule.Excludes(pool, query, i))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The screened rules in packed form: consent and room (required bits), a shared language, a required province, the required tool.</summary>
    internal static bool PassesScreen(ulong attributes, ulong tools, RankingQuery query) =>
        ((attributes & query.RequiredBits) == query.RequiredBits)
        & ((attributes & query.LanguageBits) != 0)
        & ((attributes & query.RegionBits) != 0)
        & ((query.RequiredToolMask == 0) | ((tools & query.RequiredToolMask) != 0));

    /// <summary>How many experts each rule excludes for the request, the most frequent first (ties by code).</summary>
    public static IReadOnlyList<(string Code, int Count)> Counts(ExpertPool pool, RankingQuery query)
    {
        ArgumentNullException.ThrowIfNull(pool);
        var counts = new int[Rules.Count];
        for (var i = 0; i < pool.Count; i++)
        {
            for (var r = 0; r < Rules.Count; r++)
            {
                counts[r] += Rules[r].Excludes(pool, query, i) ? 1 : 0;
            }
        }

        return [.. Rules.Select((rule, r) => (rule.Code, Count: counts[r])).Where(c => c.Count > 0)
            .OrderByDescending(c => c.Count).ThenBy(c => c.Code, StringComparer.Ordinal)];
    }

    /// <summary>"12 conflict-of-interest, 30 at-capacity, …" for a request nobody can take: the most frequent reasons first.</summary>
    public static string WhyNobody(ExpertPool pool, RankingQuery query)
    {
        ArgumentNullException.ThrowIfNull(pool);
        return pool.Count == 0 ? "the expert pool is empty" : string.Join(", ", Counts(pool, query).Select(c => $"{c.Count} {c.Code}"));
    }

    private static bool HasConflict(ExpertPool pool, RankingQuery query, int i)
    {
        for (var j = pool.OrgStart[i]; j < pool.OrgStart[i + 1]; j++)
        {
            if (Array.BinarySearch(query.ConflictOrgIds, pool.OrgIds[j]) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>An unavailable period overlaps the request, or the hours left per month are fewer than the request needs.</summary>
    private static bool IsUnavailable(ExpertPool pool, RankingQuery query, int i)
    {
        for (var j = pool.PeriodStart[i]; j < pool.PeriodStart[i + 1]; j++)
        {
            if (pool.PeriodFrom[j] <= query.End && query.Start <= pool.PeriodTo[j])
            {
                return true;
            }
        }

        double committed = 0;
        for (var j = pool.CommitStart[i]; j < pool.CommitStart[i + 1]; j++)
        {
            if (pool.CommitFrom[j] <= query.End && query.Start <= pool.CommitTo[j])
            {
                committed += pool.CommitHours[j];
            }
        }

        return query.NeedPerMonth > pool.HoursPerMonth[i] - committed + 1e-9;
    }
}
