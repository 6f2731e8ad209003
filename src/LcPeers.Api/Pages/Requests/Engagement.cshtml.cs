using LcPeers.Api.Web;
using LcPeers.Application.Engagements;
using LcPeers.Application.Engagements.CancelSession;
using LcPeers.Application.Engagements.CompleteEngagement;
using LcPeers.Application.Engagements.Feedback;
using LcPeers.Application.Engagements.GetEngagement;
using LcPeers.Application.Engagements.Reports;
using LcPeers.Application.Engagements.RescheduleSession;
using LcPeers.Application.Engagements.ScheduleSession;
using LcPeers.Application.Requests;
using LcPeers.Application.Requests.GetRequest;
using LcPeers.Application.Stories.StoriesOfEngagement;
using LcPeers.Domain.Common;
using LcPeers.Domain.Engagements;
using Microsoft.AspNetCore.Mvc;

namespace LcPeers.Api.Pages.Requests;

/// <summary>The fields of the schedule/move form; times are Amsterdam wall-clock times from <c>datetime-local</c>.</summary>
public sealed class SessionForm
{
    public string? Title { get; set; }

    public string? Start { get; set; }

    public string? End { get; set; }

    public string? Location { get; set; }

    public string? OnlineUrl { get; set; }

    public string? Agenda { get; set; }
}

/// <summary>The confirmation of a cancellation: an optional reason that goes into the cancellation mail.</summary>
public sealed class CancelSessionForm
{
    public string? Reason { get; set; }
}

/// <summary>The feedback form: 1-5 and a comment.</summary>
public sealed class FeedbackForm
{
    public int? Rating { get; set; }

    public string? Comment { get; set; }
}

/// <summary>
/// The coordinator's side of an accepted request: who the expert is, the sessions (schedule within the engagement's
/// period, move, cancel after a confirmation with an optional reason; every participant gets a calendar message),
/// closing the engagement after a confirmation, feedback once it has ended, and a peer review's report to read.
/// </summary>
public sealed class EngagementModel : UiPageModel
{
    public RequestResponse? Current { get; private set; }

    public IReadOnlyList<EngagementResponse> Engagements { get; private set; } = [];

    [BindProperty(SupportsGet = true)]
    public Guid? EngagementId { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? MoveSessionId { get; set; }

    /// <summary>The session whose cancellation is being confirmed.</summary>
    [BindProperty(SupportsGet = true)]
    public Guid? CancelSessionId { get; set; }

    /// <summary>True while closing the engagement is being confirmed.</summary>
    [BindProperty(SupportsGet = true)]
    public bool ConfirmClose { get; set; }

    [BindProperty]
    public SessionForm Form { get; set; } = new();

    [BindProperty]
    public CancelSessionForm Cancel { get; set; } = new();

    /// <summary>The peer review's report on the selected engagement, once the reviewer filed it.</summary>
    public ReviewResponse? Report { get; private set; }

    [BindProperty]
    public FeedbackForm Feedback { get; set; } = new();

    /// <summary>The selected engagement's success stories, and whether one may be written now (once it ended).</summary>
    public EngagementStoriesResponse? Stories { get; private set; }

    public EngagementResponse? Selected => Engagements.FirstOrDefault(e => e.Id == EngagementId) ?? (Engagements.Count > 0 ? Engagements[0] : null);

    public static bool CanGiveFeedback(EngagementResponse e) => e.Actions.Contains(EngagementActions.GiveFeedback);

    public static bool CanScheduleSession(EngagementResponse e) => e.Actions.Contains(EngagementActions.ScheduleSession);

    public static bool CanComplete(EngagementResponse e) => e.Actions.Contains(EngagementActions.Complete);

    /// <summary>The session being moved or planned, if any.</summary>
    public SessionResponse? Moving => MoveSessionId is { } id ? Selected?.Sessions.FirstOrDefault(s => s.Id == id) : null;

    /// <summary>The session whose cancellation is being confirmed, if it can still be cancelled.</summary>
    public SessionResponse? Cancelling => CancelSessionId is { } id
        ? Selected?.Sessions.FirstOrDefault(s => s.Id == id && s.Actions.Contains(SessionActions.Cancel))
        : null;

    /// <summary>A planned session (no date yet) gets its first date: "Plannen" rather than "Verplaatsen".</summary>
    public bool IsPlanning => Moving?.Actions.Contains(SessionActions.Plan) == true;

    /// <summary>The first moment a session may start, for the <c>min</c> of the date inputs.</summary>
    public static string MinLocal(EngagementResponse e) => e.Start.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) + "T00:00";

    /// <summary>The last moment a session may end, for the <c>max</c> of the date inputs.</summary>
    public static string MaxLocal(EngagementResponse e) => e.End.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) + "T23:59";

    public async Task OnGetAsync(Guid id)
    {
        await LoadAsync(id);
        if (MoveSessionId is { } sessionId && Selected?.Sessions.FirstOrDefault(s => s.Id == sessionId) is { } s)
        {
            Form = new SessionForm
            {
                Title = s.Title,
                Start = s.LocalStart?.ToString("yyyy-MM-ddTHH:mm", System.Globalization.CultureInfo.InvariantCulture),
                End = s.LocalEnd?.ToString("yyyy-MM-ddTHH:mm", System.Globalization.CultureInfo.InvariantCulture),
                Location = s.Location,
                OnlineUrl = s.OnlineUrl,
                Agenda = s.Agenda,
            };
        }
    }

    public async Task<IActionResult> OnPostScheduleAsync(Guid id)
    {
        await LoadAsync(id);
        var engagement = Selected ?? throw new Application.Common.Exceptions.NotFoundException("Engagement", id);
        var f = Form;
        var outsidePeriod = false;
        async Task Send(CancellationToken ct)
        {
            try
            {
                await SendSession(ct);
            }
            catch (BusinessRuleException ex) when (ex.Code == RuleCodes.Session.OutsidePeriod)
            {
                outsidePeriod = true;
                throw;
            }
        }

        Task SendSession(CancellationToken ct) => MoveSessionId is { } sessionId
            ? Sender.Send(new RescheduleSessionCommand(Blank(f.Title), Blank(f.Start), Blank(f.End), Blank(f.Location), Blank(f.OnlineUrl), Blank(f.Agenda), null)
            {
                EngagementId = engagement.Id,
                SessionId = sessionId,
            }, ct).AsTask()
            : Sender.Send(new ScheduleSessionCommand(Blank(f.Title), Blank(f.Start), Blank(f.End), Blank(f.Location), Blank(f.OnlineUrl), Blank(f.Agenda), null, null)
            {
                EngagementId = engagement.Id,
            }, ct).AsTask();

        if (await TrySendAsync(Send, new FormErrorMap(nameof(Form), typeof(SessionForm), "Session").Label("title", "Session.Name")))
        {
            StatusMessage = T[MoveSessionId is null ? "Session.Scheduled" : "Session.Moved"];
            return Redirect($"/requests/{id}/engagement?engagementId={engagement.Id}");
        }

        if (outsidePeriod)
        {
            // The rule is about the dates the user picked: say so beside them, not only at the top.
            ModelState.AddModelError($"{nameof(Form)}.{nameof(SessionForm.Start)}", RuleMessage(RuleCodes.Session.OutsidePeriod));
            FormError = T["Form.HasErrors"];
        }

        return Page();
    }

    public async Task<IActionResult> OnPostCancelSessionAsync(Guid id, Guid sessionId)
    {
        await LoadAsync(id);
        var engagement = Selected ?? throw new Application.Common.Exceptions.NotFoundException("Engagement", id);
        var command = new CancelSessionCommand(engagement.Id, sessionId, Blank(Cancel.Reason));
        if (await TrySendAsync(ct => Sender.Send(command, ct).AsTask(), new FormErrorMap(nameof(Cancel), typeof(CancelSessionForm), "Session").Label("reason", "Field.Reason")))
        {
            StatusMessage = T["Session.Cancelled"];
            return Redirect($"/requests/{id}/engagement?engagementId={engagement.Id}");
        }

        CancelSessionId = sessionId;
        return Page();
    }

    public async Task<IActionResult> OnPostCompleteAsync(Guid id)
    {
        await LoadAsync(id);
        var engagement = Selected ?? throw new Application.Common.Exceptions.NotFoundException("Engagement", id);
        if (await TrySendAsync(ct => Sender.Send(new CompleteEngagementCommand(engagement.Id), ct).AsTask(), new FormErrorMap("", GetType())))
        {
            StatusMessage = T["Engagement.Closed"];
            return Redirect($"/requests/{id}/engagement?engagementId={engagement.Id}#feedback");
        }

        ConfirmClose = true;
        return Page();
    }

    public async Task<IActionResult> OnPostFeedbackAsync(Guid id)
    {
        await LoadAsync(id);
        var engagement = Selected ?? throw new Application.Common.Exceptions.NotFoundException("Engagement", id);
        var command = new GiveFeedbackCommand(Feedback.Rating, Blank(Feedback.Comment)) { EngagementId = engagement.Id };
        if (!BindingFailed() && await TrySendAsync(ct => Sender.Send(command, ct).AsTask(), new FormErrorMap(nameof(Feedback), typeof(FeedbackForm), "Feedback"), "feedback"))
        {
            StatusMessage = T["Feedback.Thanks"];
            return Redirect($"/requests/{id}/engagement?engagementId={engagement.Id}");
        }

        return Page();
    }

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    private async Task LoadAsync(Guid id)
    {
        Current = await Sender.Send(new GetRequestQuery(id), Ct);
        var ids = Current.EngagementIds ?? (Current.EngagementId is { } one ? [one] : []);
        var list = new List<EngagementResponse>();
        foreach (var engagementId in ids)
        {
            list.Add(await Sender.Send(new GetEngagementQuery(engagementId), Ct));
        }

        Engagements = list;
        if (Selected is { } chosen)
        {
            Stories = await Sender.Send(new StoriesOfEngagementQuery(chosen.Id), Ct);
        }

        if (Selected is { } selected && selected.Kind == Codes<Domain.Requests.RequestKind>.Of(Domain.Requests.RequestKind.PeerReview))
        {
            var reports = await Sender.Send(new ListReviewsQuery(selected.LearningCommunityId), Ct);
            Report = reports.FirstOrDefault(r => r.EngagementId == selected.Id);
        }
    }
}
