using System.Globalization;
using System.Net;
using System.Text;
using LcPeers.Application.Common;
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
internal static partial class EmailTemplates
{
    public const string Dutch = "nl";
    public const string English = "en";

    public static ComposedEmail Invitation(string lang, string expertName, RequestFacts r, string link) => Nl(lang)
        ? Compose($"Uitnodiging: {r.LcName} vraagt om je hulp",
            [$"Beste {expertName},", $"{r.LcName} zoekt een ervaren persoon voor {KindNl(r.Kind)}. Het team van LcPeers heeft je voorgedragen en dat voorstel is goedgekeurd.",
                "Bekijk de uitnodiging in LcPeers en laat weten of je de vraag aanneemt. Pas als je aanneemt, delen we je contactgegevens met de coördinatoren van de Learning Community."],
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
                    ? $"Het team van LcPeers heeft de vraag van {lcName} stopgezet. Je uitnodiging is daarmee vervallen; je hoeft niets meer te doen."
                    : $"{lcName} heeft de vraag ingetrokken. Je uitnodiging is daarmee vervallen; je hoeft niets meer te doen.",
                "Dank je wel voor je tijd. We houden je graag op de hoogte van nieuwe vragen die bij je passen."],
            [("Learning Community", lcName)])
        : Compose($"Invitation withdrawn: {lcName}",
            [$"Dear {expertName},",
                cancelled
                    ? $"The LcPeers team stopped the request of {lcName}. Your invitation is therefore withdrawn; there is nothing more you need to do."
                    : $"{lcName} withdrew its request. Your invitation is therefore withdrawn; there is nothing more you need to do.",
                "Thank you for your time. We will gladly let you know about new requests that fit you."],
            [("Learning Community", lcName)]);

    /// <summary>Halfway through the answer window: one friendly reminder, with the answer-by date.</summary>
    public static ComposedEmail AnswerReminder(string lang, string expertName, string lcName, DateTimeOffset answerBy) => Nl(lang)
        ? Compose($"Herinnering: uitnodiging van {lcName}",
            [$"Beste {expertName},", $"Je bent uitgenodigd om {lcName} te helpen en we hebben je antwoord nog niet ontvangen.",
                "Laat je in LcPeers weten of je de vraag aanneemt? Zonder antwoord vervalt de uitnodiging op de datum hieronder en vragen we de volgende kandidaat."],
            [("Learning Community", lcName), ("Antwoord graag voor", LocalMoment(answerBy, lang))])
        : Compose($"Reminder: invitation from {lcName}",
            [$"Dear {expertName},", $"You were invited to help {lcName} and we have not received your answer yet.",
                "Please let us know in LcPeers whether you accept. Without an answer the invitation lapses on the date below and we ask the next candidate."],
            [("Learning Community", lcName), ("Please answer by", LocalMoment(answerBy, lang))]);

    /// <summary>The answer window closed unanswered: a kind "no longer needed", no blame.</summary>
    public static ComposedEmail InvitationExpired(string lang, string expertName, string lcName) => Nl(lang)
        ? Compose($"Niet meer nodig: uitnodiging van {lcName}",
            [$"Beste {expertName},", $"De termijn om te antwoorden op de uitnodiging van {lcName} is verstreken. Je hulp is voor deze vraag niet meer nodig; je hoeft niets meer te doen.",
                "Geen probleem: we begrijpen dat het niet altijd uitkomt. We vragen je graag weer bij een volgende vraag die bij je past."],
            [("Learning Community", lcName)])
        : Compose($"No longer needed: invitation from {lcName}",
            [$"Dear {expertName},", $"The time to answer the invitation from {lcName} has passed. Your help is no longer needed for this request; there is nothing more you need to do.",
                "No problem: we understand it does not always suit. We will gladly ask you again for a next request that fits you."],
            [("Learning Community", lcName)]);

    /// <summary>To the LC's coordinators: the request is in and what happens next.</summary>
    public static ComposedEmail RequestSubmitted(string lang, string? coordinatorName, string lcName, string description, DateOnly start, DateOnly end, int expertsWanted) => Nl(lang)
        ? Compose($"Ontvangen: hulpvraag van {lcName}",
            [CoordinatorGreeting(lang, coordinatorName), $"We hebben de hulpvraag van {lcName} ontvangen. Het team van LcPeers zoekt nu passende experts; je hoort van ons zodra een expert de vraag heeft aangenomen, of als we niemand kunnen vinden."],
            [("Learning Community", lcName), ("Vraag", description), ("Periode", $"{Date(start, lang)} t/m {Date(end, lang)}"), ("Aantal experts", expertsWanted.ToString(CultureInfo.InvariantCulture))])
        : Compose($"Received: request from {lcName}",
            [CoordinatorGreeting(lang, coordinatorName), $"We received the request of {lcName}. The LcPeers team is now looking for suitable experts; you will hear from us once an expert accepts, or if we cannot find anyone."],
            [("Learning Community", lcName), ("Request", description), ("Period", $"{Date(start, lang)} to {Date(end, lang)}"), ("Experts wanted", expertsWanted.ToString(CultureInfo.InvariantCulture))]);

    /// <summary>To the LC's coordinators: the matching found nobody eligible, and what staff will do about it.</summary>
    public static ComposedEmail NoCandidates(string lang, string? coordinatorName, string lcName, string description) => Nl(lang)
        ? Compose($"Nog geen expert gevonden voor {lcName}",
            [CoordinatorGreeting(lang, coordinatorName), $"Voor de hulpvraag van {lcName} konden we op dit moment geen passende expert vinden in de pool.",
                "Het team van LcPeers kijkt wat er nodig is: we zoeken actief naar nieuwe experts, bekijken of de vraag breder kan (periode, vorm, regio) en nemen binnen enkele werkdagen contact met je op. Je hoeft nu niets te doen."],
            [("Learning Community", lcName), ("Vraag", description)])
        : Compose($"No expert found yet for {lcName}",
            [CoordinatorGreeting(lang, coordinatorName), $"For the request of {lcName} we could not find a suitable expert in the pool at the moment.",
                "The LcPeers team is looking into what is needed: we actively look for new experts, check whether the request can be widened (period, format, region) and will contact you within a few working days. There is nothing you need to do now."],
            [("Learning Community", lcName), ("Request", description)]);

    /// <summary>The staff digest: one mail per working day with what needs attention.</summary>
    public static ComposedEmail StaffDigest(string lang, DateOnly day, IReadOnlyList<string> newRequests, IReadOnlyList<string> waiting, IReadOnlyList<string> expiring, int deadLetters)
    {
        var nl = Nl(lang);
        var paragraphs = new List<string> { nl ? "Goedemorgen," : "Good morning,", nl ? "Dit vraagt vandaag je aandacht in LcPeers." : "This needs your attention in LcPeers today." };
        void Section(string titleNl, string titleEn, IReadOnlyList<string> items)
        {
            if (items.Count > 0)
            {
                paragraphs.Add($"{(nl ? titleNl : titleEn)} ({items.Count}):\r\n- {string.Join("\r\n- ", items)}");
            }
        }

        Section("Nieuwe hulpvragen", "New requests", newRequests);
        Section("Voorstellen die wachten op goedkeuring", "Proposals waiting for approval", waiting);
        Section("Uitnodigingen die binnen een dag verlopen", "Invitations expiring within a day", expiring);
        if (deadLetters > 0)
        {
            paragraphs.Add(nl ? $"Onbezorgde e-mails (dead letters): {deadLetters}. Bekijk ze in de outbox." : $"Undelivered emails (dead letters): {deadLetters}. See them in the outbox.");
        }

        return Compose(nl ? $"LcPeers dagoverzicht {Date(day, lang)}" : $"LcPeers daily digest {Date(day, lang)}", [.. paragraphs], []);
    }

    public static ComposedEmail IntroductionToExpert(string lang, string expertName, string lcName, IReadOnlyList<string> coordinators, DateOnly start, DateOnly end, int hours, string link) => Nl(lang)
        ? Compose($"Kennismaking met {lcName}",
            [$"Beste {expertName},", $"Dank je wel voor het aannemen van de vraag van {lcName}. Hieronder staan de contactgegevens van de coördinatoren; zij nemen contact met je op om een eerste afspraak te plannen."],
            [("Learning Community", lcName), ("Coördinatoren", string.Join(", ", coordinators)), ("Periode", $"{Date(start, lang)} t/m {Date(end, lang)}"), ("Urenbudget", hours.ToString(CultureInfo.InvariantCulture))],
            ("Bekijk het traject", link))
        : Compose($"Introduction to {lcName}",
            [$"Dear {expertName},", $"Thank you for accepting the request of {lcName}. Below are the coordinators' contact details; they will contact you to plan a first meeting."],
            [("Learning Community", lcName), ("Coordinators", string.Join(", ", coordinators)), ("Period", $"{Date(start, lang)} to {Date(end, lang)}"), ("Hours budget", hours.ToString(CultureInfo.InvariantCulture))],
            ("View the engagement", link));

    public static ComposedEmail IntroductionToCoordinator(string? coordinatorName, string lcName, string expertName, string? expertEmail, DateOnly start, DateOnly end, int hours, string link) =>
        Compose($"Kennismaking: {expertName} helpt {lcName}",
            [CoordinatorGreeting(Dutch, coordinatorName), $"{expertName} heeft de vraag van {lcName} aangenomen. Neem contact op om een eerste afspraak te plannen; sessies plan je in LcPeers, dan krijgt iedereen een agenda-uitnodiging."],
            [("Expert", expertName), ("E-mail", expertEmail ?? "-"), ("Periode", $"{Date(start, Dutch)} t/m {Date(end, Dutch)}"), ("Urenbudget", hours.ToString(CultureInfo.InvariantCulture))],
            ("Bekijk het traject en plan sessies", link));

    /// <summary>A session's invitation, update or cancellation; a cancellation says <paramref name="reason"/> when the one cancelling gave it.</summary>
    public static ComposedEmail Session(string lang, SessionFacts s, bool update, bool cancel, string link, string? reason = null)
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
            (true, _, true) => "Deze sessie gaat niet door. De afspraak wordt uit je agenda verwijderd.",
            (true, true, _) => "Deze sessie is gewijzigd. De bijgevoegde uitnodiging werkt de afspraak in je agenda bij.",
            (true, _, _) => "Je bent uitgenodigd voor deze sessie. Voeg de bijgevoegde uitnodiging toe aan je agenda.",
            (false, _, true) => "This session will not take place. The meeting is removed from your calendar.",
            (false, true, _) => "This session changed. The attached invitation updates the meeting in your calendar.",
            _ => "You are invited to this session. Add the attached invitation to your calendar.",
        };
        string[] paragraphs = reason is null ? [intro] : [intro, $"{(nl ? "Reden" : "Reason")}: {reason}"];
        return Compose(subject, paragraphs, SessionDetails(lang, s), EngagementLink(lang, link));
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

    /// <summary>"Beste Cor Wind," when the coordinator's name is known, else "Beste coördinator,".</summary>
    public static string CoordinatorGreeting(string lang, string? name) => (Nl(lang), string.IsNullOrWhiteSpace(name)) switch
    {
        (true, true) => "Beste coördinator,",
        (true, false) => $"Beste {name!.Trim()},",
        (false, true) => "Dear coordinator,",
        (false, false) => $"Dear {name!.Trim()},",
    };

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

    private static string LocalMoment(DateTimeOffset at, string lang) =>
        LocalTimes.ToLocal(at, LocalTimes.Amsterdam).ToString("dddd d MMMM yyyy HH:mm", Culture(lang)) + " (Europe/Amsterdam)";

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
