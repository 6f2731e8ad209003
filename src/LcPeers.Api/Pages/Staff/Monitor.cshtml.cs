using LcPeers.Api.Exports;
using LcPeers.Api.Web;
using LcPeers.Application.Monitor;
using LcPeers.Application.Monitor.Impact;
using LcPeers.Application.Monitor.Needs;
using LcPeers.Application.Monitor.Quality;
using LcPeers.Application.Monitor.Snapshots;
using LcPeers.Application.Reference.ListReferenceTerms;
using LcPeers.Application.Tools;
using LcPeers.Application.Tools.ListTools;
using LcPeers.Domain.Reference;
using Microsoft.AspNetCore.Mvc;

namespace LcPeers.Api.Pages.Staff;

/// <summary>The monitor (report ch. 6.4): the directory and the service's work as bar charts staff read at a glance.</summary>
public sealed class MonitorModel : UiPageModel
{
    public MonitorResponse Monitor { get; private set; } = null!;

    /// <summary>One chart: a heading and its bars (label, count), the longest bar being the largest count.</summary>
    public sealed record Chart(string Id, string Title, IReadOnlyList<(string Label, int Value)> Bars)
    {
        public int Max => Math.Max(1, Bars.Count == 0 ? 1 : Bars.Max(b => b.Value));
    }

    public IReadOnlyList<Chart> Charts { get; private set; } = [];

    /// <summary>The periods the needs heat map offers, in months.</summary>
    public static readonly IReadOnlyList<int> MonthOptions = [3, 6, 12, 24];

    /// <summary>The heat map's period; anything but an offered value falls back to a year.</summary>
    [BindProperty(SupportsGet = true)]
    public int? Months { get; set; }

    /// <summary>The heat map's province; empty or unknown means the whole country.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Province { get; set; }

    public NeedsView Needs { get; private set; } = null!;

    public QualityView Quality { get; private set; } = null!;

    /// <summary>The tools, the most used first.</summary>
    public IReadOnlyList<ToolResponse> ToolsByUse { get; private set; } = [];

    /// <summary>The impact the LCs report, per year; missing reports counted as missing.</summary>
    public ImpactResponse Impact { get; private set; } = null!;

    /// <summary>The monthly snapshots, oldest first.</summary>
    public MonitorHistoryResponse History { get; private set; } = null!;

    public async Task OnGetAsync()
    {
        Monitor = await Sender.Send(new GetMonitorQuery(), Ct);
        var phases = await LabelsAsync(ReferenceKind.Phase);
        var bottlenecks = await LabelsAsync(ReferenceKind.Bottleneck);
        Needs = new NeedsView(await Sender.Send(NeedsQuery(), Ct), Province, phases, bottlenecks, T);
        Quality = new QualityView(await Sender.Send(new GetQualityQuery(), Ct), await LabelsAsync(ReferenceKind.ReviewDimension), T["Development.Level"]);
        ToolsByUse = (await Sender.Send(new ListToolsQuery(null, null, ListToolsQuery.ByUse), Ct)).Items;
        Impact = await Sender.Send(new GetImpactQuery(), Ct);
        History = await Sender.Send(new ListMonitorSnapshotsQuery(), Ct);
        var types = await LabelsAsync(ReferenceKind.LearningCommunityType);
        string Unknown(string key, Func<string, string> label) => key == GetMonitorHandler.Unknown ? T["Monitor.Unknown"] : label(key);

        Charts =
        [
            new("lcs-by-phase", T["Monitor.LcsByPhase"], Bars(Monitor.LearningCommunitiesByPhase, k => Unknown(k, c => phases.GetValueOrDefault(c, c)))),
            new("lcs-by-province", T["Monitor.LcsByProvince"], Bars(Monitor.LearningCommunitiesByProvince, k => Unknown(k, c => c))),
            new("lcs-by-type", T["Monitor.LcsByType"], Bars(Monitor.LearningCommunitiesByType, k => types.GetValueOrDefault(k, k))),
            new("requests-by-status", T["Monitor.RequestsByStatus"], Bars(Monitor.RequestsByStatus, k => T.Code("status", k))),
            new("requests-by-bottleneck", T["Monitor.RequestsByBottleneck"], Bars(Monitor.RequestsByBottleneck, k => bottlenecks.GetValueOrDefault(k, k))),
            new("proposals-by-status", T["Monitor.ProposalsByStatus"], Bars(Monitor.ProposalsByStatus, k => T.Code("proposal", k))),
            new("engagements-by-status", T["Monitor.EngagementsByStatus"], Bars(Monitor.EngagementsByStatus, k => T.Code("engagement", k))),
            new("ratings", T["Monitor.RatingsByScore"], Bars(Monitor.RatingsByScore, k => k)),
            new("experts-by-role", T["Monitor.ExpertsByRole"], Bars(Monitor.ExpertsByRole, k => T.Code("role-offered", k))),
        ];
    }

    /// <summary>A monitor table as a download: <c>?handler=Download&amp;table=needs&amp;format=csv</c> (or <c>xlsx</c>; tables counts, needs, quality, tools, impact, history).</summary>
    public async Task<IActionResult> OnGetDownloadAsync(string? table, string? format)
    {
        var xlsx = format == TableExport.Xlsx;
        var (name, tables) = table switch
        {
            "needs" => ("lcpeers-needs", MonitorTables.Of(await Sender.Send(NeedsQuery(), Ct))),
            "quality" => ("lcpeers-quality", MonitorTables.Of(await Sender.Send(new GetQualityQuery(), Ct))),
            "tools" => ("lcpeers-tools", MonitorTables.Of(await Sender.Send(new ListToolsQuery(null, null, ListToolsQuery.ByUse), Ct))),
            "impact" => ("lcpeers-impact", MonitorTables.Of(await Sender.Send(new GetImpactQuery(), Ct))),
            "history" => ("lcpeers-history", MonitorTables.Of(await Sender.Send(new ListMonitorSnapshotsQuery(), Ct))),
            _ => ("lcpeers-monitor", MonitorTables.Of(await Sender.Send(new GetMonitorQuery(), Ct))),
        };
        return xlsx
            ? File(TableExport.ToXlsx(tables), TableExport.XlsxContentType, name + ".xlsx")
            : File(TableExport.ToCsv(tables), TableExport.CsvContentType, name + ".csv");
    }

    private GetNeedsQuery NeedsQuery()
    {
        Months = Months is { } m && MonthOptions.Contains(m) ? m : GetNeedsQuery.DefaultMonths;
        Province = Domain.Reference.Provinces.TryNormalise(Province, out var province) ? province : null;
        return new GetNeedsQuery(Months, Province: Province);
    }

    private static List<(string, int)> Bars(IReadOnlyList<Count> counts, Func<string, string> label) =>
        [.. counts.Select(c => (label(c.Key), c.Value))];

    private async Task<Dictionary<string, string>> LabelsAsync(ReferenceKind kind) =>
        (await Sender.Send(new ListReferenceTermsQuery(kind), Ct)).ToDictionary(t => t.Code, t => Ui.Text(t.Label), StringComparer.Ordinal);
}
