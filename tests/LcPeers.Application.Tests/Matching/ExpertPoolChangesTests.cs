using LcPeers.Domain.Accounts;
using LcPeers.Domain.Experts;
using LcPeers.Domain.Matching;
using LcPeers.Matching.Ranking;
using LcPeers.Matching.Reference;

namespace LcPeers.Application.Tests.Matching;

/// <summary>
/// A pool changed in place (<see cref="ExpertPool.With"/>), or built from experts streamed in any order, must be the
/// pool built afresh from the same experts.
/// </summary>
public sealed class ExpertPoolChangesTests
{
    private static readonly DateTimeOffset Now = new(2027, 2, 1, 0, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(31)]
    [InlineData(32)]
    [InlineData(33)]
    public void With_EditsInsertsAndRemovals_EqualsAFreshBuild(int seed)
    {
        var generator = new PoolGenerator(seed);
        var all = generator.Experts(1_300);
        var before = ExpertPool.Build(all.Take(1_200), PoolGenerator.Catalogue);

        // Edited: a new organisation and region for some, more load and ratings for others; added: the last 100 and
        // brand-new organisations; removed: the first 30 (and an id nobody has).
        var edited = all.Skip(100).Take(20).Select((e, n) => n % 2 == 0 ? Moved(e, $"Nieuw Bureau {n}") : e with { ActiveEngagements = e.ActiveEngagements + 1, RatingCount = 4, RatingSum = 19 }).ToList();
        var added = all.Skip(1_200).ToList();
        var removed = all.Take(30).Select(e => e.Expert.Id.Value).Append(Guid.NewGuid()).ToList();
        var after = before.With([.. edited, .. added], removed);

        var expected = ExpertPool.Build([.. all.Skip(30).Take(70), .. edited, .. all.Skip(120).Take(1_080), .. added], PoolGenerator.Catalogue);
        PoolAssert.Same(expected, after);
        for (var r = 0; r < 12; r++)
        {
            var (request, lc) = generator.Request();
            var top = RankingEngine.Rank(after, RankingQuery.Create(after, request, lc, PoolGenerator.Catalogue), MatchingWeights.Default, 20);
            var fresh = RankingEngine.Rank(expected, RankingQuery.Create(expected, request, lc, PoolGenerator.Catalogue), MatchingWeights.Default, 20);
            Assert.Equal(fresh.Select(c => (expected.Ids[c.Index], c.Score)), top.Select(c => (after.Ids[c.Index], c.Score)));
        }
    }

    [Fact]
    public void With_LeavesTheOriginalUntouched_AndDropsAnErasedUpsert()
    {
        var all = new PoolGenerator(40).Experts(50);
        var before = ExpertPool.Build(all, PoolGenerator.Catalogue);
        var names = before.Names.ToArray();
        var erased = all[7];
        erased.Expert.Erase(Now);

        var after = before.With([Moved(all[3], "Elders"), erased], []);

        Assert.Equal(49, after.Count);
        Assert.True(after.IndexOf(erased.Expert.Id.Value) < 0);
        Assert.Equal(50, before.Count);
        Assert.Equal(names, before.Names);
        Assert.Equal(["Elders"], PoolAssert.OrganisationsOf(after, after.IndexOf(all[3].Expert.Id.Value)));
        Assert.NotEqual(["Elders"], PoolAssert.OrganisationsOf(before, before.IndexOf(all[3].Expert.Id.Value)));
    }

    [Theory]
    [InlineData(51)]
    [InlineData(52)]
    public void With_OnlyEdits_EqualsAFreshBuild_AndSharesTheArraysThatDidNotChange(int seed)
    {
        var all = new PoolGenerator(seed).Experts(800);
        var before = ExpertPool.Build(all, PoolGenerator.Catalogue);
        var untouched = ExpertPool.Build(all, PoolGenerator.Catalogue);

        var current = all.ToList();
        current[10] = all[10] with { ActiveEngagements = all[10].ActiveEngagements + 1 };
        var loaded = before.With([current[10]], []);
        PoolAssert.Same(ExpertPool.Build(current, PoolGenerator.Catalogue), loaded);
        Assert.Same(before.Names, loaded.Names);
        Assert.Same(before.OrgIds, loaded.OrgIds);
        Assert.Same(before.PeriodStart, loaded.PeriodStart);
        Assert.NotSame(before.Active, loaded.Active);

        // Slices that grow, shrink or keep their length: periods, organisations, commitments; and ratings.
        current[3] = Unavailable(all[3]);
        current[400] = Moved(all[400], "Nieuw Bureau");
        current[401] = all[401] with { RatingCount = 2, RatingSum = 9 };
        current[799] = all[799] with { Commitments = [new Commitment(new DateOnly(2027, 3, 1), new DateOnly(2027, 6, 30), 12)], ActiveEngagements = 1 };
        var edited = before.With([current[3], current[400], current[401], current[799], current[10]], []);

        var expected = ExpertPool.Build(current, PoolGenerator.Catalogue);
        PoolAssert.Same(expected, edited);
        PoolAssert.Same(untouched, before);
        Assert.Same(before.RecentLoad, edited.RecentLoad);
        var generator = new PoolGenerator(seed);
        for (var r = 0; r < 8; r++)
        {
            var (request, lc) = generator.Request();
            var top = RankingEngine.Rank(edited, RankingQuery.Create(edited, request, lc, PoolGenerator.Catalogue), MatchingWeights.Default, 20);
            var fresh = RankingEngine.Rank(expected, RankingQuery.Create(expected, request, lc, PoolGenerator.Catalogue), MatchingWeights.Default, 20);
            Assert.Equal(fresh.Select(c => (expected.Ids[c.Index], c.Score)), top.Select(c => (edited.Ids[c.Index], c.Score)));
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(7)]
    [InlineData(1_000)]
    public void Builder_InIdOrderShuffledOrPastItsCapacity_BuildsTheSamePool(int capacity)
    {
        var all = new PoolGenerator(41).Experts(1_000);
        all[5].Expert.Erase(Now);
        var expected = ExpertPool.Build(all, PoolGenerator.Catalogue);

        foreach (var order in new[] { all.OrderBy(e => e.Expert.Id.Value), all.OrderBy(e => e.Expert.Id.Value).Reverse(), all.AsEnumerable() })
        {
            var builder = ExpertPool.CreateBuilder(PoolGenerator.Catalogue, capacity);
            foreach (var entry in order)
            {
                builder.Add(entry);
            }

            var built = builder.Build();
            Assert.Equal(999, built.Count);
            PoolAssert.Same(expected, built);
            Assert.Equal(expected.Ids.Order(), built.Ids);
        }
    }

    private static ExpertEntry Unavailable(ExpertEntry entry)
    {
        var e = entry.Expert;
        AvailabilityPeriod[] periods = [new(new DateOnly(2027, 3, 1), new DateOnly(2027, 3, 31), false), new(new DateOnly(2027, 8, 1), new DateOnly(2027, 8, 31), false)];
        e.SetAvailability(new ExpertAvailability(e.HoursPerMonth, e.MaxConcurrentEngagements, periods), AccountId.System, Now);
        return entry;
    }

    private static ExpertEntry Moved(ExpertEntry entry, string organisation)
    {
        var e = entry.Expert;
        var profile = new ExpertProfile(e.DisplayName, e.Email ?? e.AccountEmail, [organisation], e.RolesOffered, e.Competences, e.ProcessCompetences, e.Tools,
            e.PhasesGuided, e.Sectors, ["Drenthe"], e.Online, e.Languages, e.Bio, e.Consent);
        e.UpdateProfile(profile, new ExpertAvailability(e.HoursPerMonth + 8, e.MaxConcurrentEngagements, []), AccountId.System, Now);
        return entry;
    }
}
