using LcPeers.Api.Web;
using LcPeers.Application.Common.Exceptions;
using LcPeers.Application.Experts;
using LcPeers.Application.Experts.ConfirmAvailability;
using LcPeers.Application.Experts.GetExpert;
using LcPeers.Application.Experts.SetAvailability;
using Microsoft.AspNetCore.Mvc;

namespace LcPeers.Api.Pages.Expert;

/// <summary>Hours per month, the most engagements at once, and periods the expert is (un)available.</summary>
public sealed class AvailabilityModel : UiPageModel
{
    /// <summary>Empty rows offered for new periods.</summary>
    public const int BlankRows = 2;

    [BindProperty]
    public AvailabilityForm Form { get; set; } = new();

    /// <summary>Opened from the quarterly mail's "Klopt nog" link: one prominent confirm button above the form.</summary>
    [BindProperty(SupportsGet = true)]
    public bool Confirm { get; set; }

    public DateTimeOffset ConfirmedAt { get; private set; }

    public bool Stale { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (await Sender.MyProfileOrNullAsync(Ct) is not { } mine)
        {
            StatusMessage = T["Expert.ProfileFirst"];
            return Redirect("/expert/profile");
        }

        Form = new AvailabilityForm
        {
            HoursPerMonth = mine.HoursPerMonth,
            MaxConcurrentEngagements = mine.MaxConcurrentEngagements,
            Availability = [.. mine.Availability.Select(p => new PeriodRow { From = p.From, To = p.To, Available = p.Available })],
            Version = mine.Version,
        };
        ConfirmedAt = mine.AvailabilityConfirmedAt;
        Stale = mine.Stale;
        Form.Availability.AddRange(Enumerable.Range(0, BlankRows).Select(_ => new PeriodRow()));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await Sender.MyProfileOrNullAsync(Ct) is not { } mine)
        {
            return Redirect("/expert/profile");
        }

        ConfirmedAt = mine.AvailabilityConfirmedAt;
        Stale = mine.Stale;
        var map = new FormErrorMap("Form", typeof(AvailabilityForm), "Expert")
            .Label("availability", "Expert.Periods").Label("from", "Expert.PeriodFrom").Label("to", "Expert.PeriodTo")
            .Label("maxConcurrentEngagements", "Expert.MaxConcurrent");
        var periods = new List<AvailabilityPeriodDto>();
        for (var i = 0; i < Form.Availability.Count; i++)
        {
            var row = Form.Availability[i];
            if (row.From is null && row.To is null)
            {
                continue; // a blank row
            }

            if (row.From is null || row.To is null)
            {
                ModelState.AddModelError($"Form.Availability[{i}].{(row.From is null ? "From" : "To")}", T["Expert.PeriodIncomplete"]);
                continue;
            }

            map.MapIndex("availability", periods.Count, i);
            periods.Add(new AvailabilityPeriodDto(row.From.Value, row.To.Value, row.Available));
        }

        if (BindingFailed())
        {
            return Page();
        }

        var command = new SetAvailabilityCommand(Form.HoursPerMonth, Form.MaxConcurrentEngagements, periods, Form.Version) { Id = mine.Id };
        if (await TrySendAsync(ct => Sender.Send(command, ct).AsTask(), map))
        {
            StatusMessage = T["Form.Saved"];
            return Redirect("/expert/availability");
        }

        return Page();
    }

    /// <summary>"Ja, klopt nog": the availability stays, the confirmation date moves to today.</summary>
    public async Task<IActionResult> OnPostConfirmAsync()
    {
        if (await Sender.MyProfileOrNullAsync(Ct) is null)
        {
            return Redirect("/expert/profile");
        }

        await Sender.Send(new ConfirmMyAvailabilityCommand(), Ct);
        StatusMessage = T["Expert.Availability.Confirmed"];
        return Redirect("/expert/availability");
    }
}

public sealed class AvailabilityForm
{
    public int? HoursPerMonth { get; set; }
    public int? MaxConcurrentEngagements { get; set; }
    public List<PeriodRow> Availability { get; set; } = [];
    public int? Version { get; set; }
}

public sealed class PeriodRow
{
    public DateOnly? From { get; set; }
    public DateOnly? To { get; set; }

    /// <summary>False marks a period the expert cannot take engagements (a holiday, a busy quarter).</summary>
    public bool Available { get; set; }
}
