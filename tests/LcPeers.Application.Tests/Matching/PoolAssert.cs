using System.Reflection;
using LcPeers.Matching.Ranking;
using Xunit;

namespace LcPeers.Matching.Reference;

/// <summary>Pool comparisons shared by the ranking tests and the host's tests (linked there).</summary>
public static class PoolAssert
{
    /// <summary>
    /// Every per-expert array equal, found by reflection so a new one cannot be forgotten; organisations are compared
    /// by name, because a changed pool keeps its own organisation numbering.
    /// </summary>
    public static void Same(ExpertPool expected, ExpertPool actual)
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(actual);
        Assert.Equal(expected.Count, actual.Count);
        var arrays = typeof(ExpertPool).GetProperties(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic)
            .Where(p => p.PropertyType.IsArray && p.Name != nameof(ExpertPool.OrgIds)).ToList();
        Assert.True(arrays.Count >= 30, $"only {arrays.Count} arrays found");
        foreach (var property in arrays)
        {
            var (want, got) = ((Array)property.GetValue(expected)!, (Array)property.GetValue(actual)!);
            Assert.True(want.Cast<object>().SequenceEqual(got.Cast<object>()), $"{property.Name} differs");
        }

        for (var i = 0; i < expected.Count; i++)
        {
            Assert.Equal(OrganisationsOf(expected, i), OrganisationsOf(actual, i));
        }
    }

    /// <summary>The organisations of the expert at <paramref name="i"/>, by name.</summary>
    public static List<string> OrganisationsOf(ExpertPool pool, int i)
    {
        ArgumentNullException.ThrowIfNull(pool);
        var names = pool.OrganisationIndex.ToDictionary(kv => kv.Value, kv => kv.Key);
        return [.. Enumerable.Range(pool.OrgStart[i], pool.OrgStart[i + 1] - pool.OrgStart[i]).Select(k => names[pool.OrgIds[k]])];
    }
}
