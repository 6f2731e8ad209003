using System.Globalization;
using System.Net;
using System.Text;
using LcPeers.Domain.Common;
using LcPeers.Domain.Engagements;
using LcPeers.Domain.Reference;
using LcPeers.Domain.Requests;

namespace LcPeers.Application.Notifications;

/// <summary>Subject, plain text and HTML of one email.</summary>
internal sealed record ComposedEmail(string Subject, string Text, string Html);

/// <summary>What a session email says about the session, in the recipient's time zone.</summary>
internal sealed record SessionFacts(string Title, DateTime LocalStart, DateTime LocalEnd, string TimeZone, string? Location, string? OnlineUrl, string? Agenda);

/// <summary>What an invitation tells the expert about the request: the LC and the help asked, nobody's contact details.</summary>
internal sealed record RequestFacts(string LcName, RequestKind Kind, Phase Phase, string Description, DateOnly Start, DateOnly End, int Hours, WorkFormat Format, string? Region);

/// <summary>
/// The emails in Dutch (default) and English. Each shares only what its step allows: an invitation names the LC but
/// no people; only the introduction after acceptance carries contact details.
/// </summary>
internal static class EmailTemplates
{
    public const string Dutch = "nl";
    public const string English = "en";

    public static ComposedEmail Invitation(string lang, string expertName, RequestFacts r, string link) => Nl(lang)
        ? Compose($"Uitnodiging: {r.LcName} vraagt om uw hulp",
            [$"Beste {expertName},", $"{r.LcName} zoekt een ervaren persoon voor {KindNl(r.Kind)}. Het team van LcPeers heeft u voorgedragen en dat voorstel is goedgekeurd.",
                "Bekijk de uitnodiging in LcPeers en laat weten of u de vraag aanneemt. Pas als u aanneemt, delen we uw contactgegevens met de coördinatoren van de Learning Community."],
            [("Learning Community", r.LcName), ("Fase", PhaseNl(r.Phase)), ("Vraag", r.Description), ("Periode", $"{Date(r.Start, lang)} t/m {Date(r.End, lang)}"),
                ("Uren", r.Hours.ToString(CultureInfo.InvariantCulture)), ("Vorm", FormatNl(r.Format)), ("Regio", r.Region ?? "-")],
            ("Bekijk en beantwoord de uitnodiging", link))
        : Compose($"Invitation: {r.LcName} asks for your help",
            [$"Dear {expertName},", $"{r.LcName} is looking for an experienced person for {Codes<RequestKind>.Of(r.Kind).Replace('-', ' ')}. The LcPeers team proposed you and the proposal was approved.",
                "Please see the invitation in LcPeers and let us know whether you accept. Only when you accept do we share your contact details with the Learning Community's coordinators."],
            [("Learning Community", r.LcName), ("Phase", Codes<Phase>.Of(r.Phase)), ("Request", r.Description), ("Period", $"{Date(r.Start, lang)} to {Date(r.End, lang)}"),
                ("Hours", r.Hours.ToString(CultureInfo.InvariantCulture)), ("Format", Codes<WorkFormat>.Of(r.Format)), ("Region", r.Region ?? "-")],
            ("View and answer the invitation", link));

    /// <summary>The request closed while the invitation was open; like the invitation, it names the LC but no people.</summary>
    public static ComposedEmail InvitationWithdrawn(string lang, string expertName, string lcName, bool cancelled) => Nl(lang)
        ? Compose($"Uitnodiging vervallen: {lcName}",
            [$"Beste {expertName},",
                cancelled
                    ? $"Het team van LcPeers heeft de vraag van {lcName} stopgezet. Uw uitnodiging is daarmee vervallen; u hoeft niets meer te doen."
                    : $"{lcName} heeft de vraag ingetrokken. Uw uitnodiging is daarmee vervallen; u hoeft niets meer te doen.",
                "Dank u wel voor uw tijd. We houden u graag op de hoogte van nieuwe vragen die bij u passen."],
            [("Learning Community", lcName)])
        : Compose($"Invitation withdrawn: {lcName}",
            [$"Dear {expertName},",
                cancelled
                    ? $"The LcPeers team stopped the request of {lcName}. Your invitation is therefore withdrawn; there is nothing more you need to do."
                    : $"{lcName} withdrew its request. Your invitation is therefore withdrawn; there is nothing more you need to do.",
                "Thank you for your time. We will gladly let you know about new requests that fit you."],
            [("Learning Community", lcName)]);

    public static ComposedEmail IntroductionToExpert(string lang, string expertName, string lcName, IReadOnlyList<string> coordinators, DateOnly start, DateOnly end, int hours, string link) => Nl(lang)
        ? Compose($"Kennismaking met {lcName}",
            [$"Beste {expertName},", $"Dank u wel voor het aannemen van de vraag van {lcName}. Hieronder staan de contactgegevens van de coördinatoren; zij nemen contact met u op om een eerste afspraak te plannen."],
            [("Learning Community", lcName), ("Coördinatoren", string.Join(", ", coordinators)), ("Periode", $"{Date(start, lang)} t/m {Date(end, lang)}"), ("Urenbudget", hours.ToString(CultureInfo.InvariantCulture))],
            ("Bekijk het traject", link))
        : Compose($"Introduction to {lcName}",
            [$"Dear {expertName},", $"Thank you for accepting the request of {lcName}. Below are the coordinators' contact details; they will contact you to plan a first meeting."],
            [("Learning Community", lcName), ("Coordinators", string.Join(", ", coordinators)), ("Period", $"{Date(start, lang)} to {Date(end, lang)}"), ("Hours budget", hours.ToString(CultureInfo.InvariantCulture))],
            ("View the engagement", link));

    public static ComposedEmail IntroductionToCoordinator(string lcName, string expertName, string? expertEmail, DateOnly start, DateOnly end, int hours, string link) =>
        Compose($"Kennismaking: {expertName} helpt {lcName}",
            ["Beste coördinator,", $"{expertName} heeft de vraag van {lcName} aangenomen. Neem contact op om een eerste afspraak te plannen; sessies plant u in LcPeers, dan krijgt iedereen een agenda-uitnodiging."],
            [("Expert", expertName), ("E-mail", expertEmail ?? "-"), ("Periode", $"{Date(start, Dutch)} t/m {Date(end, Dutch)}"), ("Urenbudget", hours.ToString(CultureInfo.InvariantCulture))],
            ("Bekijk het traject en plan sessies", link));

    public static ComposedEmail Session(string lang, SessionFacts s, bool update, bool cancel, string link)
    {
        var nl = Nl(lang);
        var subject = (nl, update, cancel) switch
        {
            (true, _, true) => $"Geannuleerd: {s.Title}",
            (true, true, _) => $"Gewijzigd: {s.Title}",
            (true, _, _) => $"Uitnodiging: {s.Title}",
            (false, _, true) => $"Cancelled: {s.Title}",
            (false, true, _) => $"Updated: {s.Title}",
            _ => $"Invitation: {s.Title}",
        };
        var intro = (nl, update, cancel) switch
        {
            (true, _, true) => "Deze sessie gaat niet door. De afspraak wordt uit uw agenda verwijderd.",
            (true, true, _) => "Deze sessie is gewijzigd. De bijgevoegde uitnodiging werkt de afspraak in uw agenda bij.",
            (true, _, _) => "U bent uitgenodigd voor deze sessie. Voeg de bijgevoegde uitnodiging toe aan uw agenda.",
            (false, _, true) => "This session will not take place. The meeting is removed from your calendar.",
            (false, true, _) => "This session changed. The attached invitation updates the meeting in your calendar.",
            _ => "You are invited to this session. Add the attached invitation to your calendar.",
        };
        return Compose(subject, [intro], SessionDetails(lang, s), EngagementLink(lang, link));
    }

    public static ComposedEmail Reminder(string lang, SessionFacts s, string link) => Nl(lang)
        ? Compose($"Herinnering: {s.Title} morgen", ["Een herinnering: deze sessie begint binnen 24 uur."], SessionDetails(lang, s), EngagementLink(lang, link))
        : Compose($"Reminder: {s.Title} tomorrow", ["A reminder: this session starts within 24 hours."], SessionDetails(lang, s), EngagementLink(lang, link));

    /// <summary>The calendar event's summary: the kind of session and the LC, e.g. "Intake – CIV Wind op Zee".</summary>
    public static string CalendarSummary(string lang, SessionKind kind, string lcName) => $"{SessionKindName(lang, kind)} \u2013 {lcName}";

    /// <summary>The calendar event's description: the session's own title, its agenda and the link to the engagement.</summary>
    public static string CalendarDescription(string lang, string title, string? agenda, string link)
    {
        var lines = new List<string> { title };
        if (!string.IsNullOrWhiteSpace(agenda))
        {
            lines.Add(agenda);
        }

        lines.Add($"{EngagementLink(lang, link).Label}: {link}");
        return string.Join("\n", lines);
    }

    /// <summary>A coordinator as mail names them: their name and address when the name is known, else the address.</summary>
    public static string Person(string email, string? name) => string.IsNullOrWhiteSpace(name) ? email : $"{name} ({email})";

    private static (string Label, string Url) EngagementLink(string lang, string link) => (Nl(lang) ? "Bekijk het traject in LcPeers" : "View the engagement in LcPeers", link);

    private static string SessionKindName(string lang, SessionKind kind) => (Nl(lang), kind) switch
    {
        (true, SessionKind.Intake) => "Intake",
        (true, SessionKind.Visit) => "Bezoek",
        (true, SessionKind.Feedback) => "Terugkoppeling",
        (true, _) => "Overleg",
        (false, SessionKind.Intake) => "Intake",
        (false, SessionKind.Visit) => "Visit",
        (false, SessionKind.Feedback) => "Feedback",
        _ => "Meeting",
    };

    public static string LanguageFor(IReadOnlyList<Language> languages) =>
        languages.Count > 0 && !languages.Contains(Language.Nl) && languages.Contains(Language.En) ? English : Dutch;

    private static (string, string)[] SessionDetails(string lang, SessionFacts s)
    {
        var nl = Nl(lang);
        var culture = Culture(lang);
        var when = $"{s.LocalStart.ToString("dddd d MMMM yyyy HH:mm", culture)} - {s.LocalEnd.ToString("HH:mm", culture)} ({s.TimeZone})";
        return
        [
            (nl ? "Sessie" : "Session", s.Title),
            (nl ? "Wanneer" : "When", when),
            (nl ? "Locatie" : "Location", s.Location ?? "-"),
            (nl ? "Online" : "Online", s.OnlineUrl ?? "-"),
            (nl ? "Agenda" : "Agenda", s.Agenda ?? "-"),
        ];
    }

    private static ComposedEmail Compose(string subject, string[] paragraphs, (string Label, string Value)[] details, (string Label, string Url)? link = null)
    {
        var text = new StringBuilder();
        var html = new StringBuilder("<!DOCTYPE html><html><body style=\"font-family:sans-serif\">");
        foreach (var p in paragraphs)
        {
            text.Append(p).Append("\r\n\r\n");
            html.Append("<p>").Append(WebUtility.HtmlEncode(p)).Append("</p>");
        }

        html.Append("<table>");
        foreach (var (label, value) in details)
        {
            text.Append(label).Append(": ").Append(value).Append("\r\n");
            html.Append("<tr><th align=\"left\">").Append(WebUtility.HtmlEncode(label)).Append("</th><td>").Append(WebUtility.HtmlEncode(value)).Append("</td></tr>");
        }

        html.Append("</table>");
        if (link is var (linkLabel, url))
        {
            text.Append("\r\n").Append(linkLabel).Append(": ").Append(url).Append("\r\n");
            html.Append("<p><a href=\"").Append(WebUtility.HtmlEncode(url)).Append("\">").Append(WebUtility.HtmlEncode(linkLabel)).Append("</a></p>");
        }

        html.Append("<p style=\"color:#666\">LcPeers</p></body></html>");
        text.Append("\r\n-- \r\nLcPeers\r\n");
        return new ComposedEmail(subject, text.ToString(), html.ToString());
    }

    private static bool Nl(string lang) => lang != English;

    private static CultureInfo Culture(string lang) => CultureInfo.GetCultureInfo(Nl(lang) ? "nl-NL" : "en-GB");

    private static string Date(DateOnly date, string lang) => date.ToString("d MMMM yyyy", Culture(lang));

    private static string KindNl(RequestKind kind) => kind switch
    {
        RequestKind.PeerReview => "een peer review",
        RequestKind.TemporarySupport => "tijdelijke ondersteuning",
        RequestKind.ToolFacilitation => "het begeleiden van een instrument",
        _ => "advies",
    };

    private static string PhaseNl(Phase phase) => phase switch
    {
        Phase.Startup => "Opstartfase",
        Phase.Execution => "Uitvoering",
        Phase.Deepening => "Doorontwikkeling/verdieping",
        _ => "Verzelfstandiging/continuering",
    };

    private static string FormatNl(WorkFormat format) => format switch
    {
        WorkFormat.OnSite => "op locatie",
        WorkFormat.Online => "online",
        _ => "hybride",
    };
}
