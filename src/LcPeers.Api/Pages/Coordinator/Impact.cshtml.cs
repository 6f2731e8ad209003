using System.Globalization;
using LcPeers.Api.Web;
using LcPeers.Application.LearningCommunities;
using LcPeers.Application.LearningCommunities.GetLearningCommunity;
using LcPeers.Application.LearningCommunities.ImpactReports;
using Microsoft.AspNetCore.Mvc;

namespace LcPeers.Api.Pages.Coordinator;

/// <summary>
/// An LC's impact reports, one per period, for its coordinators and staff: the last few years without a report are
/// listed as missing (never as zero), and the form files a new period or changes one (<c>?period=2026</c>).
/// </summary>
public sealed class ImpactModel(TimeProvider time) : UiPageModel
{
    /// <summary>How many past years are checked for a missing report.</summary>
    public const int YearsShown = 3;

    public LearningCommunityResponse Lc { get; private set; } = null!;

    public IReadOnlyList<ImpactReportResponse> Reports { get; private set; } = [];

    public IReadOnlyList<string> Missing { get; private set; } = [];

    [BindProperty]
    public ImpactForm Form { get; set; } = new();

    /// <summary>The period being changed, when the form edits a filed report.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Period { get; set; }

    public ImpactReportResponse? Editing => Reports.FirstOrDefault(r => r.Period == Period);

    public async Task OnGetAsync(Guid id)
    {
        await LoadAsync(id);
        if (Editing is { } report)
        {
            Form = ImpactForm.From(report);
        }
        else
        {
            Form = new ImpactForm { Period = Missing.Count > 0 ? Missing[0] : (time.GetLocalNow().Year - 1).ToString(CultureInfo.InvariantCulture) };
        }
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        await LoadAsync(id);
        if (BindingFailed())
        {
            return Page();
        }

        var map = new FormErrorMap("Form", typeof(ImpactForm));
        var editing = Editing;
        var sent = editing is null
            ? await TrySendAsync(ct => Sender.Send(new SubmitImpactReportCommand(id, Form.Period?.Trim(), Form.StudentsTrained, Form.WorkersUpskilled,
                Form.Innovations, Form.PartnersJoined, Form.PartnersLeft, Form.Narrative), ct).AsTask(), map)
            : await TrySendAsync(ct => Sender.Send(new UpdateImpactReportCommand(id, editing.Id, Form.StudentsTrained, Form.WorkersUpskilled,
                Form.Innovations, Form.PartnersJoined, Form.PartnersLeft, Form.Narrative, Form.Version), ct).AsTask(), map);
        if (!sent)
        {
            return Page();
        }

        StatusMessage = T["Impact.Saved", editing?.Period ?? Form.Period!.Trim()];
        return Redirect($"/learning-communities/{id}/impact");
    }

    private async Task LoadAsync(Guid id)
    {
        Lc = await Sender.Send(new GetLearningCommunityQuery(id), Ct);
        Reports = await Sender.Send(new ListImpactReportsQuery(id), Ct);
        var lastYear = time.GetLocalNow().Year - 1;
        Missing = [.. Enumerable.Range(lastYear - YearsShown + 1, YearsShown).Reverse()
            .Select(y => y.ToString(CultureInfo.InvariantCulture))
            .Where(y => !Reports.Any(r => r.Period == y || r.Period.StartsWith(y + "-", StringComparison.Ordinal)))];
    }
}

/// <summary>The impact form's fields; numbers stay null when left empty, so the API's "fill in" message names them.</summary>
public sealed class ImpactForm
{
    public string? Period { get; set; }

    public int? StudentsTrained { get; set; }

    public int? WorkersUpskilled { get; set; }

    public int? Innovations { get; set; }

    public int? PartnersJoined { get; set; }

    public int? PartnersLeft { get; set; }

    public string? Narrative { get; set; }

    public int? Version { get; set; }

    public static ImpactForm From(ImpactReportResponse r) => new()
    {
        Period = r.Period,
        StudentsTrained = r.StudentsTrained,
        WorkersUpskilled = r.WorkersUpskilled,
        Innovations = r.Innovations,
        PartnersJoined = r.PartnersJoined,
        PartnersLeft = r.PartnersLeft,
        Narrative = r.Narrative,
        Version = r.Version,
    };
}
