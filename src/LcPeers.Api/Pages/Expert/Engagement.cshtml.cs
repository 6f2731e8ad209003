using LcPeers.Api.Pages.Requests;
using LcPeers.Api.Web;
using LcPeers.Application.Engagements;
using LcPeers.Application.Engagements.Feedback;
using LcPeers.Application.Engagements.GetEngagement;
using LcPeers.Application.Engagements.Reports;
using LcPeers.Application.Reference.ListReferenceTerms;
using LcPeers.Application.Stories.StoriesOfEngagement;
using LcPeers.Domain.Engagements;
using LcPeers.Domain.Reference;
using Microsoft.AspNetCore.Mvc;

namespace LcPeers.Api.Pages.Expert;

/// <summary>The report form: per dimension a level (1-5), findings and advice, in the phase model's order.</summary>
public sealed class ReportForm
{
    public string? Summary { get; set; }

    public List<DimensionForm> Dimensions { get; set; } = [.. ReviewDimensions.Ordered.Select(d => new DimensionForm { Dimension = d })];
}

public sealed class DimensionForm
{
    public string? Dimension { get; set; }

    public int? Level { get; set; }

    public string? Findings { get; set; }

    public string? Advice { get; set; }
}

/// <summary>
/// The expert's side of one engagement: its sessions, the feedback on the collaboration once it has ended and, for a
/// peer review, the report (a level, findings and advice on each of the four dimensions; no overall grade).
/// </summary>
public sealed class EngagementModel(ReferenceData reference) : UiPageModel
{
    public EngagementResponse? Engagement { get; private set; }

    /// <summary>The four dimensions with their names and descriptions in the page's language.</summary>
    public IReadOnlyList<ReferenceTermResponse> Dimensions { get; private set; } = [];

    [BindProperty]
    public FeedbackForm Feedback { get; set; } = new();

    [BindProperty]
    public ReportForm Report { get; set; } = new();

    /// <summary>The success stories written about this engagement; the expert decides on being named in each.</summary>
    public EngagementStoriesResponse? Stories { get; private set; }

    public bool CanGiveFeedback => Engagement?.Actions.Contains(EngagementActions.GiveFeedback) == true;

    public bool CanFileReport => Engagement?.Actions.Contains(EngagementActions.FileReport) == true;

    public async Task OnGetAsync(Guid id) => await LoadAsync(id);

    public async Task<IActionResult> OnPostFeedbackAsync(Guid id)
    {
        await LoadAsync(id);
        var command = new GiveFeedbackCommand(Feedback.Rating, Blank(Feedback.Comment)) { EngagementId = id };
        if (!BindingFailed() && await TrySendAsync(ct => Sender.Send(command, ct).AsTask(), new FormErrorMap(nameof(Feedback), typeof(FeedbackForm), "Feedback"), "feedback"))
        {
            StatusMessage = T["Feedback.Thanks"];
            return Redirect($"/expert/engagements/{id}");
        }

        return Page();
    }

    public async Task<IActionResult> OnPostReportAsync(Guid id)
    {
        await LoadAsync(id);
        var command = new SubmitReportCommand(Blank(Report.Summary),
            [.. Report.Dimensions.Select(d => new DimensionAssessmentDto(d.Dimension, d.Level, Blank(d.Findings), Blank(d.Advice)))])
        {
            EngagementId = id,
        };
        var errors = new FormErrorMap(nameof(Report), typeof(ReportForm), "Report");
        if (!BindingFailed() && await TrySendAsync(ct => Sender.Send(command, ct).AsTask(), errors, "report"))
        {
            StatusMessage = T["Report.Thanks"];
            return Redirect($"/expert/engagements/{id}");
        }

        return Page();
    }

    /// <summary>The dimension's reference term (name and description), or null when the reference data lacks it.</summary>
    public ReferenceTermResponse? Dimension(string? code) => Dimensions.FirstOrDefault(d => d.Code == code);

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    private async Task LoadAsync(Guid id)
    {
        Engagement = await Sender.Send(new GetEngagementQuery(id), Ct);
        Dimensions = await reference.TermsAsync(ReferenceKind.ReviewDimension, Ct);
        Stories = await Sender.Send(new StoriesOfEngagementQuery(id), Ct);
    }
}
