using System.Globalization;
using System.Net;
using LcPeers.Application.Common;

namespace LcPeers.Application.Notifications;

/// <summary>The freshness mails: is the expert's availability, or the LC's directory entry, still correct?</summary>
internal static partial class EmailTemplates
{
    /// <summary>Every quarter: is the availability still correct? One link confirms, one opens the availability to edit.</summary>
    public static ComposedEmail ConfirmAvailability(string lang, string expertName, int hoursPerMonth, int maxConcurrent, DateTimeOffset confirmedAt, bool second,
        string confirmLink, string editLink) => Nl(lang)
        ? WithSecondLink(Compose(second ? "Herinnering: klopt je beschikbaarheid nog?" : "Klopt je beschikbaarheid nog?",
            [$"Beste {expertName},", "We vragen experts af en toe of hun beschikbaarheid nog klopt, zodat we alleen vragen sturen die bij je passen.",
                "Klopt alles nog? Eén klik op de eerste link is genoeg. Is er iets veranderd? Pas je beschikbaarheid dan aan.",
                .. IfSecond(second, "Zonder antwoord tonen we je profiel als 'niet bevestigd': je komt dan lager in de voorstellen (je wordt niet uitgesloten).")],
            [("Uren per maand", hoursPerMonth.ToString(CultureInfo.InvariantCulture)), ("Maximaal tegelijk", maxConcurrent.ToString(CultureInfo.InvariantCulture)),
                ("Laatst bevestigd", Date(DateOnly.FromDateTime(LocalTimes.ToLocal(confirmedAt, LocalTimes.Amsterdam)), lang))],
            ("Ja, klopt nog", confirmLink)), ("Beschikbaarheid aanpassen", editLink))
        : WithSecondLink(Compose(second ? "Reminder: is your availability still correct?" : "Is your availability still correct?",
            [$"Dear {expertName},", "Now and then we ask experts whether their availability is still correct, so we only send requests that suit you.",
                "Is everything still correct? One click on the first link is enough. Has something changed? Then please edit your availability.",
                .. IfSecond(second, "Without an answer your profile shows as 'not confirmed': you then rank lower in proposals (you are not excluded).")],
            [("Hours per month", hoursPerMonth.ToString(CultureInfo.InvariantCulture)), ("At most at once", maxConcurrent.ToString(CultureInfo.InvariantCulture)),
                ("Last confirmed", Date(DateOnly.FromDateTime(LocalTimes.ToLocal(confirmedAt, LocalTimes.Amsterdam)), lang))],
            ("Yes, still correct", confirmLink)), ("Edit your availability", editLink));

    /// <summary>Twice a year, to each coordinator: is the LC's directory entry still correct?</summary>
    public static ComposedEmail ConfirmDirectory(string? coordinatorName, string lcName, DateTimeOffset confirmedAt, bool second, string confirmLink, string editLink) =>
        WithSecondLink(Compose(second ? $"Herinnering: kloppen de gegevens van {lcName} nog?" : $"Kloppen de gegevens van {lcName} nog?",
            [coordinatorName is null ? "Beste coördinator," : $"Beste {coordinatorName},",
                $"Het overzicht van Learning Communities toont bij elke LC wanneer de gegevens voor het laatst zijn bevestigd. Kloppen de gegevens van {lcName} nog?",
                "Klopt alles? Eén klik op de eerste link is genoeg. Is er iets veranderd? Geef het dan door via de tweede link.",
                .. IfSecond(second, "Zonder antwoord ziet het team van LcPeers de gegevens als 'niet bevestigd'.")],
            [("Learning Community", lcName), ("Laatst bevestigd", Date(DateOnly.FromDateTime(LocalTimes.ToLocal(confirmedAt, LocalTimes.Amsterdam)), Dutch))],
            ("Gegevens kloppen nog", confirmLink)), ("Gegevens bekijken of aanpassen", editLink));

    private static string[] IfSecond(bool second, string paragraph) => second ? [paragraph] : [];

    /// <summary>A second link after the first, before the signature (the confirmation mails offer confirm and edit).</summary>
    private static ComposedEmail WithSecondLink(ComposedEmail mail, (string Label, string Url) link) => mail with
    {
        Text = mail.Text.Replace(TextSignature, $"{link.Label}: {link.Url}\r\n{TextSignature}", StringComparison.Ordinal),
        Html = mail.Html.Replace(HtmlSignature, $"<p><a href=\"{WebUtility.HtmlEncode(link.Url)}\">{WebUtility.HtmlEncode(link.Label)}</a></p>{HtmlSignature}", StringComparison.Ordinal),
    };

    private const string TextSignature = "\r\n-- \r\nLcPeers\r\n";
    private const string HtmlSignature = "<p style=\"color:#666\">LcPeers</p>";
}
