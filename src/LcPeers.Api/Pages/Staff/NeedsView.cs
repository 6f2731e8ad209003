using System.Globalization;
using LcPeers.Api.Resources;
using LcPeers.Application.Monitor.Needs;
using LcPeers.Domain.Common;
using LcPeers.Domain.Reference;
using Microsoft.Extensions.Localization;

namespace LcPeers.Api.Pages.Staff;

/// <summary>
/// The needs heat map as the monitor page shows it: bottlenecks down, phases across, for the country or one
/// province; and, where demand exceeds supply, what to recruit in plain words.
/// </summary>
public sealed class NeedsView
{
    /// <summary>How many recruitment hints the page lists, the largest shortfalls first.</summary>
    public const int MaxAdvice = 10;

    private readonly Dictionary<(string Phase, string Bottleneck), NeedRow> _cells;

    public NeedsView(NeedsResponse needs, string? province, IReadOnlyDictionary<string, string> phases, IReadOnlyDictionary<string, string> bottlenecks, IStringLocalizer<SharedResource> t)
    {
        ArgumentNullException.ThrowIfNull(needs);
        ArgumentNullException.ThrowIfNull(t);
        Response = needs;
        Phases = [.. Codes<Phase>.All.Select(c => (c, phases.GetValueOrDefault(c, c)))];
        Bottlenecks = [.. Codes<Bottleneck>.All.Select(c => (c, bottlenecks.GetValueOrDefault(c, c)))];
        ProvinceShown = province;
        _cells = needs.Rows.Where(r => r.Province == province).ToDictionary(r => (r.Phase, r.Bottleneck));

        // Nationally, the hints name provinces (where to recruit); for one province, that province's rows.
        Advice = [.. needs.Rows
            .Where(r => r.Province is not null && r.DemandExceedsSupply)
            .OrderByDescending(r => r.Requests - r.EligibleExperts).ThenBy(r => r.Province, StringComparer.Ordinal)
            .ThenBy(r => r.Phase, StringComparer.Ordinal).ThenBy(r => r.Bottleneck, StringComparer.Ordinal)
            .Take(MaxAdvice)
            .Select(r => Hint(r, phases, bottlenecks, needs.Months, t))];
    }

    public NeedsResponse Response { get; }

    public IReadOnlyList<(string Code, string Label)> Phases { get; }

    public IReadOnlyList<(string Code, string Label)> Bottlenecks { get; }

    /// <summary>The province of the heat map, or null for the whole country.</summary>
    public string? ProvinceShown { get; }

    public IReadOnlyList<string> Advice { get; }

    public NeedRow? Cell(string phase, string bottleneck) => _cells.GetValueOrDefault((phase, bottleneck));

    /// <summary>The cell's class: a gap (more requests than experts), demand that is covered, or no demand.</summary>
    public static string Level(NeedRow? row) => row switch
    {
        null or { Requests: 0 } => "need-none",
        { DemandExceedsSupply: true } => "need-gap",
        _ => "need-covered",
    };

    private static string Hint(NeedRow row, IReadOnlyDictionary<string, string> phases, IReadOnlyDictionary<string, string> bottlenecks, int months,
        IStringLocalizer<SharedResource> t)
    {
        var theme = bottlenecks.GetValueOrDefault(row.Bottleneck, row.Bottleneck).ToLower(CultureInfo.CurrentCulture);
        var phase = phases.GetValueOrDefault(row.Phase, row.Phase).ToLower(CultureInfo.CurrentCulture);
        var requests = t[row.Requests == 1 ? "Needs.Requests.One" : "Needs.Requests.Other", row.Requests, months].Value;
        return row.EligibleExperts == 0
            ? t["Needs.Advice.None", theme, phase, row.Province!, requests].Value
            : t[row.EligibleExperts == 1 ? "Needs.Advice.One" : "Needs.Advice.Other", row.EligibleExperts, theme, phase, row.Province!, requests].Value;
    }
}
