using LcPeers.Api.Exports;
using LcPeers.Api.Web;
using LcPeers.Application.Monitor;
using LcPeers.Application.Monitor.Impact;
using LcPeers.Application.Monitor.Needs;
using LcPeers.Application.Monitor.Publication;
using LcPeers.Application.Monitor.Quality;
using LcPeers.Application.Monitor.Snapshots;
using LcPeers.Application.Monitor.ToolsByUse;
using LcPeers.Application.Reference.ListReferenceTerms;
using LcPeers.Application.Tools;
using LcPeers.Domain.Common;
using LcPeers.Domain.Reference;
using Microsoft.AspNetCore.Mvc;

namespace LcPeers.Api.Pages.Staff;

/// <summary>
/// The monitor (report ch. 6.4): the directory and the service's work as bar charts staff read at a glance. One filter
/// (years, phase, sector, province) narrows every chart and table and their downloads; a value the page does not
/// offer falls back to "all", never to an error.
/// </summary>
public sealed class MonitorModel(TimeProvider time) : UiPageModel
{
    /// <summary>How many calendar years back the period choice reaches.</summary>
    public const int YearsOffered = 5;

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

    /// <summary>The province; empty or unknown means the whole country.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Province { get; set; }

    /// <summary>The first year of the period; empty means from the start.</summary>
    [BindProperty(SupportsGet = true)]
    public int? From { get; set; }

    /// <summary>The last year of the period (inclusive); empty means up to today.</summary>
    [BindProperty(SupportsGet = true)]
    public int? To { get; set; }

    /// <summary>The LC's phase (a code).</summary>
    [BindProperty(SupportsGet = true)]
    public string? Phase { get; set; }

    /// <summary>The LC's sector (a code).</summary>
    [BindProperty(SupportsGet = true)]
    public string? Sector { get; set; }

    /// <summary>The years the period choice offers, the latest first.</summary>
    public IReadOnlyList<int> YearOptions { get; private set; } = [];

    public IReadOnlyDictionary<string, string> PhaseLabels { get; private set; } = new Dictionary<string, string>();

    public IReadOnlyDictionary<string, string> SectorLabels { get; private set; } = new Dictionary<string, string>();

    /// <summary>Some filter is set: the page says so, and what it does not narrow.</summary>
    public bool IsFiltered => From is not null || To is not null || Phase is not null || Sector is not null || Province is not null;

    /// <summary>The filter as a query string (<c>From=2026&amp;Phase=startup</c>), carried by the download links.</summary>
    public string FilterQuery => string.Join("&amp;", new (string Key, string? Value)[]
        {
            ("From", From?.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("To", To?.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("Phase", Phase), ("Sector", Sector), ("Province", Province), ("Months", Months?.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        }.Where(p => p.Value is not null).Select(p => $"{p.Key}={Uri.EscapeDataString(p.Value!)}"));

    public NeedsView Needs { get; private set; } = null!;

    public QualityView Quality { get; private set; } = null!;

    /// <summary>The tools, the most used first.</summary>
    public IReadOnlyList<ToolResponse> ToolsByUse { get; private set; } = [];

    /// <summary>The impact the LCs report, per year; missing reports counted as missing.</summary>
    public ImpactResponse Impact { get; private set; } = null!;

    /// <summary>The monthly snapshots, oldest first.</summary>
    public MonitorHistoryResponse History { get; private set; } = null!;

    /// <summary>Which aggregates the public network monitor shows.</summary>
    public MonitorPublicationResponse Publication { get; private set; } = null!;

    /// <summary>The aggregates ticked in the publication form.</summary>
    [BindProperty]
    public List<string> Aggregates { get; set; } = [];

    /// <summary>What the publication form shows ticked: the stored choice, or after a refused save what was sent.</summary>
    public IReadOnlyCollection<string> PublicationTicked => FormError is null ? Publication.Published : Aggregates;

    /// <summary>The publication's version the form was loaded with.</summary>
    [BindProperty]
    public int? PublicationVersion { get; set; }

    public async Task OnGetAsync()
    {
        var phases = await LabelsAsync(ReferenceKind.Phase);
        var bottlenecks = await LabelsAsync(ReferenceKind.Bottleneck);
        SectorLabels = await LabelsAsync(ReferenceKind.Sector);
        PhaseLabels = phases;
        NormaliseFilter();
        Monitor = await Sender.Send(new GetMonitorQuery(From, To, Phase, Sector, Province), Ct);
        Needs = new NeedsView(await Sender.Send(NeedsQuery(), Ct), Province, phases, bottlenecks, T);
        Quality = new QualityView(await Sender.Send(new GetQualityQuery(From, To, Phase, Sector, Province), Ct), await LabelsAsync(ReferenceKind.ReviewDimension), T["Development.Level"]);
        ToolsByUse = (await Sender.Send(new GetToolsByUseQuery(From, To, Phase, Sector, Province), Ct)).Items;
        Impact = await Sender.Send(new GetImpactQuery(From, To, Phase, Sector, Province), Ct);
        History = await Sender.Send(new ListMonitorSnapshotsQuery(From, To), Ct);
        Publication = await Sender.Send(new GetMonitorPublicationQuery(), Ct);
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

    /// <summary>Staff choose which aggregates the public network monitor shows; a stale choice is reported on the form.</summary>
    public async Task<IActionResult> OnPostPublishAsync()
    {
        if (!await TrySendAsync(async ct => await Sender.Send(new PublishMonitorAggregatesCommand(Aggregates, PublicationVersion), ct),
                new FormErrorMap("", typeof(MonitorModel), "Monitor.Publication")))
        {
            await OnGetAsync();
            return Page();
        }

        StatusMessage = T["Monitor.Publication.Saved"];
        return Redirect("/staff/monitor#publication");
    }

    /// <summary>A monitor table as a download: <c>?handler=Download&amp;table=needs&amp;format=csv</c> (or <c>xlsx</c>; tables counts, needs, quality, tools, impact, history).</summary>
    public async Task<IActionResult> OnGetDownloadAsync(string? table, string? format)
    {
        var xlsx = format == TableExport.Xlsx;
        NormaliseFilter();
        var (name, tables) = table switch
        {
            "needs" => ("lcpeers-needs", MonitorTables.Of(await Sender.Send(NeedsQuery(), Ct))),
            "quality" => ("lcpeers-quality", MonitorTables.Of(await Sender.Send(new GetQualityQuery(From, To, Phase, Sector, Province), Ct))),
            "tools" => ("lcpeers-tools", MonitorTables.Of(await Sender.Send(new GetToolsByUseQuery(From, To, Phase, Sector, Province), Ct))),
            "impact" => ("lcpeers-impact", MonitorTables.Of(await Sender.Send(new GetImpactQuery(From, To, Phase, Sector, Province), Ct))),
            "history" => ("lcpeers-history", MonitorTables.Of(await Sender.Send(new ListMonitorSnapshotsQuery(From, To), Ct))),
            _ => ("lcpeers-monitor", MonitorTables.Of(await Sender.Send(new GetMonitorQuery(From, To, Phase, Sector, Province), Ct))),
        };
        return xlsx
            ? File(TableExport.ToXlsx(tables), TableExport.XlsxContentType, name + ".xlsx")
            : File(TableExport.ToCsv(tables), TableExport.CsvContentType, name + ".csv");
    }

    private GetNeedsQuery NeedsQuery() => new(Months, Phase: Phase, Province: Province, Sector: Sector, From: From, To: To);

    /// <summary>Keeps only what the page offers; anything else means "all" (and a reversed period is put the right way round).</summary>
    private void NormaliseFilter()
    {
        var thisYear = Application.Common.LocalTimes.ToLocal(time.GetUtcNow(), Application.Common.LocalTimes.Amsterdam).Year;
        YearOptions = [.. Enumerable.Range(0, YearsOffered).Select(i => thisYear - i)];
        From = From is { } f && YearOptions.Contains(f) ? f : null;
        To = To is { } t && YearOptions.Contains(t) ? t : null;
        if (From > To)
        {
            (From, To) = (To, From);
        }

        Months = Months is { } m && MonthOptions.Contains(m) ? m : GetNeedsQuery.DefaultMonths;
        Province = Domain.Reference.Provinces.TryNormalise(Province, out var province) ? province : null;
        Phase = Codes<Domain.Reference.Phase>.IsValid(Phase) ? Phase : null;
        Sector = Sectors.IsKnown(Sector) ? Sector : null;
    }

    private static List<(string, int)> Bars(IReadOnlyList<Count> counts, Func<string, string> label) =>
        [.. counts.Select(c => (label(c.Key), c.Value))];

    private async Task<Dictionary<string, string>> LabelsAsync(ReferenceKind kind) =>
        (await Sender.Send(new ListReferenceTermsQuery(kind), Ct)).ToDictionary(t => t.Code, t => Ui.Text(t.Label), StringComparer.Ordinal);
}
