using LcPeers.Domain.Accounts;
using LcPeers.Domain.Experts;
using LcPeers.Domain.LearningCommunities;
using LcPeers.Domain.Reference;
using LcPeers.Domain.Requests;
using LcPeers.Domain.Tools;
using LcPeers.Matching.Ranking;

namespace LcPeers.Matching.Reference;

/// <summary>A fixed-seed generator of expert pools and requests with every rule exercised (conflicts, periods, load, languages).</summary>
public sealed class PoolGenerator(int seed)
{
    private static readonly DateTimeOffset Now = new(2027, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private readonly Random _random = new(seed);

    public static IReadOnlyList<Tool> Catalogue { get; } =
    [
        Tool.Define(new ToolId(new Guid("00000000-0000-0000-0000-000000000001")), 1, "Actiescan", [Phase.Startup], [], true, true, "", ""),
        Tool.Define(new ToolId(new Guid("00000000-0000-0000-0000-000000000002")), 2, "Seeds", [Phase.Execution, Phase.Deepening], [], false, true, "", ""),
        Tool.Define(new ToolId(new Guid("00000000-0000-0000-0000-000000000005")), 5, "Partnerschapskaart", [Phase.Startup], [Bottleneck.Diversity, Bottleneck.Balance], false, false, "", ""),
        Tool.Define(new ToolId(new Guid("00000000-0000-0000-0000-000000000007")), 7, "Reflectie", [Phase.Deepening], [Bottleneck.Diversity, Bottleneck.Balance], false, false, "", ""),
        Tool.Define(new ToolId(new Guid("00000000-0000-0000-0000-000000000009")), 9, "Peer review", [Phase.Deepening], [], false, false, "", ""),
        Tool.Define(new ToolId(new Guid("00000000-0000-0000-0000-000000000010")), 10, "Fasemodel", [Phase.Startup, Phase.Execution, Phase.Deepening, Phase.Continuation], [], false, false, "", ""),
        Tool.Define(new ToolId(new Guid("00000000-0000-0000-0000-000000000013")), 13, "PitStop", [Phase.Startup], [], true, false, "", ""),
    ];

    private static readonly string[] Organisations = [.. Enumerable.Range(1, 400).Select(i => $"Organisatie {i}")];

    private static readonly ToolId[] CatalogueIds = [.. Catalogue.Select(t => t.Id)];

    public List<ExpertEntry> Experts(int count)
    {
        var list = new List<ExpertEntry>(count);
        for (var i = 0; i < count; i++)
        {
            var expert = NewExpert(i, CatalogueIds, Now);
            var active = _random.Next(3);
            var commitments = Enumerable.Range(0, active).Select(_ => new Commitment(new DateOnly(2027, 1 + _random.Next(6), 1), new DateOnly(2027, 7 + _random.Next(6), 1), 2 + _random.Next(10))).ToList();
            var ratings = _random.Next(6);
            list.Add(new ExpertEntry(expert, active, commitments, ratings, ratings * (1 + (_random.NextDouble() * 4)), RecentEngagements: _random.Next(5)));
        }

        return list;
    }

    /// <summary>One generated expert offering some of <paramref name="tools"/>, registered at <paramref name="now"/>.</summary>
    public Expert NewExpert(int i, IReadOnlyList<ToolId> tools, DateTimeOffset now)
    {
        var profile = new ExpertProfile(
            $"Expert {i}",
            $"expert{i}@gen.example",
            [.. Pick(Organisations, 1 + _random.Next(2))],
            [.. Pick(Enum.GetValues<ExpertRole>(), 1 + _random.Next(2))],
            [.. Pick(Enum.GetValues<Bottleneck>(), _random.Next(4)).Select(b => new Competence(b, 1 + _random.Next(3)))],
            [],
            [.. Pick(tools, _random.Next(3))],
            [.. Pick(Enum.GetValues<Phase>(), _random.Next(3)).Select(p => new PhaseExperience(p, 1 + _random.Next(5)))],
            [.. Pick(Sectors.All.Order(StringComparer.Ordinal).ToArray(), _random.Next(3))],
            [.. Pick(Provinces.All.ToArray(), 1 + _random.Next(3))],
            _random.NextDouble() < 0.7,
            _random.NextDouble() < 0.85 ? [Language.Nl] : _random.NextDouble() < 0.5 ? [Language.En] : [Language.Nl, Language.En],
            null,
            _random.NextDouble() < 0.95);
        var periods = new List<AvailabilityPeriod>();
        if (_random.NextDouble() < 0.2)
        {
            var from = new DateOnly(2027, 1 + _random.Next(12), 1);
            periods.Add(new AvailabilityPeriod(from, from.AddDays(20 + _random.Next(40)), available: false));
        }

        return Expert.Register($"expert{i}@gen.example", profile, new ExpertAvailability(4 + (4 * _random.Next(8)), 1 + _random.Next(3), periods), AccountId.System, now);
    }

    public (SupportRequest Request, LearningCommunity Lc) Request()
    {
        var lc = LearningCommunity.Create(new LearningCommunityProfile(
            "Generated LC", _random.NextDouble() < 0.5 ? Provinces.All[_random.Next(12)] : "Noord Nederland", LearningCommunityType.Other,
            LearningCommunityStatus.Active, Phase.Execution, null, [.. Pick(Organisations, 3 + _random.Next(10))],
            [.. Pick(Sectors.All.Order(StringComparer.Ordinal).ToArray(), 1 + _random.Next(2))], [], null), Now);
        var kind = Enum.GetValues<RequestKind>()[_random.Next(4)];
        var format = Enum.GetValues<WorkFormat>()[_random.Next(3)];
        var tool = kind == RequestKind.ToolFacilitation ? Catalogue[_random.Next(Catalogue.Count)].Id : (ToolId?)null;
        var start = new DateOnly(2027, 1 + _random.Next(10), 1);
        var request = SupportRequest.Draft(lc.Id, new RequestDetails(
            Enum.GetValues<Phase>()[_random.Next(4)],
            [.. Pick(Enum.GetValues<Bottleneck>(), 1 + _random.Next(2))],
            kind,
            tool,
            "Generated",
            start,
            start.AddDays(30 + _random.Next(150)),
            4 + _random.Next(40),
            format,
            format == WorkFormat.OnSite || _random.NextDouble() < 0.5 ? Provinces.All[_random.Next(12)] : null,
            null,
            _random.NextDouble() < 0.9 ? [Language.Nl] : [Language.En],
            1 + _random.Next(3),
            [.. Pick(Organisations, _random.Next(3))]), LcPeers.Domain.Accounts.AccountId.System, Now);
        return (request, lc);
    }

    private T[] Pick<T>(IReadOnlyList<T> items, int count) => Pick(_random, items, count);

    /// <summary><paramref name="count"/> of the items (all when fewer) in a random order drawn from <paramref name="random"/>.</summary>
    public static T[] Pick<T>(Random random, IReadOnlyList<T> items, int count) =>
        [.. items.OrderBy(_ => random.Next()).Take(Math.Min(count, items.Count))];
}
