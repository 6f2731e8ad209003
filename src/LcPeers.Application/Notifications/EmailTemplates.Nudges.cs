using System.Net;

namespace LcPeers.Application.Notifications;

/// <summary>
/// The nudges: requests for feedback and for the peer review's report, and their one reminder. Each ends with the
/// link that turns nudges off (invitations, introductions and session mail keep coming).
/// </summary>
internal static partial class EmailTemplates
{
    /// <summary>To a coordinator after the work ended: how did it go? The rating feeds the expert's track record.</summary>
    public static ComposedEmail FeedbackRequestToCoordinator(string lang, string? coordinatorName, string lcName, string expertName, bool reminder, string link) => Nl(lang)
        ? Compose(reminder ? $"Herinnering: hoe was de hulp van {expertName}?" : $"Hoe was de hulp van {expertName}?",
            [CoordinatorGreeting(lang, coordinatorName),
                reminder
                    ? $"Vorige week vroegen we je hoe de samenwerking van {lcName} met {expertName} is verlopen. We hebben je antwoord nog niet ontvangen."
                    : $"Het traject van {lcName} met {expertName} is afgerond. Hoe is het verlopen?",
                "Je beoordeling (1 tot 5) en een korte toelichting helpen andere Learning Communities de juiste persoon te vinden. Het kost je twee minuten."],
            [("Learning Community", lcName), ("Expert", expertName)],
            ("Geef je feedback", link))
        : Compose(reminder ? $"Reminder: how was the help of {expertName}?" : $"How was the help of {expertName}?",
            [CoordinatorGreeting(lang, coordinatorName),
                reminder
                    ? $"Last week we asked how the collaboration of {lcName} with {expertName} went. We have not received your answer yet."
                    : $"The engagement of {lcName} with {expertName} has ended. How did it go?",
                "Your rating (1 to 5) and a short comment help other Learning Communities find the right person. It takes two minutes."],
            [("Learning Community", lcName), ("Expert", expertName)],
            ("Give your feedback", link));

    /// <summary>To the expert after the work ended: how was working with the LC? For a peer review: the report.</summary>
    public static ComposedEmail FeedbackRequestToExpert(string lang, string expertName, string lcName, bool report, bool reminder, string link) => (Nl(lang), report) switch
    {
        (true, true) => Compose(reminder ? $"Herinnering: je peer-reviewrapport voor {lcName}" : $"Je peer-reviewrapport voor {lcName}",
            [$"Beste {expertName},",
                reminder ? $"Vorige week vroegen we je om het rapport van de peer review bij {lcName}. We hebben het nog niet ontvangen." : $"De peer review bij {lcName} is afgerond. Dank je wel!",
                "Leg je bevindingen en adviezen vast in het rapport: per dimensie een niveau, wat je zag en wat je aanraadt. De Learning Community bewaart het, zodat haar ontwikkeling zichtbaar wordt. Geef daarna ook kort je feedback op de samenwerking."],
            [("Learning Community", lcName)],
            ("Schrijf het rapport", link)),
        (true, false) => Compose(reminder ? $"Herinnering: hoe was de samenwerking met {lcName}?" : $"Hoe was de samenwerking met {lcName}?",
            [$"Beste {expertName},",
                reminder ? $"Vorige week vroegen we je hoe de samenwerking met {lcName} is verlopen. We hebben je antwoord nog niet ontvangen." : $"Je traject bij {lcName} is afgerond. Dank je wel voor je hulp!",
                "Hoe was de samenwerking? Je beoordeling (1 tot 5) en een korte toelichting helpen ons betere matches te maken."],
            [("Learning Community", lcName)],
            ("Geef je feedback", link)),
        (false, true) => Compose(reminder ? $"Reminder: your peer review report for {lcName}" : $"Your peer review report for {lcName}",
            [$"Dear {expertName},",
                reminder ? $"Last week we asked for the report of the peer review at {lcName}. We have not received it yet." : $"The peer review at {lcName} has ended. Thank you!",
                "Please record your findings and advice in the report: a level per dimension, what you saw and what you advise. The Learning Community keeps it, so its development shows over time. Then give a short rating of the collaboration too."],
            [("Learning Community", lcName)],
            ("Write the report", link)),
        _ => Compose(reminder ? $"Reminder: how was working with {lcName}?" : $"How was working with {lcName}?",
            [$"Dear {expertName},",
                reminder ? $"Last week we asked how the collaboration with {lcName} went. We have not received your answer yet." : $"Your engagement with {lcName} has ended. Thank you for your help!",
                "How was the collaboration? Your rating (1 to 5) and a short comment help us make better matches."],
            [("Learning Community", lcName)],
            ("Give your feedback", link)),
    };

    /// <summary>The nudge's last lines: why this mail came, and the link that turns nudges off.</summary>
    public static ComposedEmail WithUnsubscribe(ComposedEmail mail, string lang, string unsubscribeUrl)
    {
        var (line, label) = Nl(lang)
            ? ("Je krijgt deze e-mail omdat je meedoet aan LcPeers. Wil je geen herinneringen en verzoeken om feedback meer ontvangen?", "Zet ze uit")
            : ("You receive this email because you take part in LcPeers. Rather not receive reminders and requests for feedback?", "Turn them off");
        var text = mail.Text.Replace("\r\n-- \r\nLcPeers\r\n", $"\r\n{line} {label}: {unsubscribeUrl}\r\n\r\n-- \r\nLcPeers\r\n", StringComparison.Ordinal);
        var footer = $"<p style=\"color:#666;font-size:small\">{WebUtility.HtmlEncode(line)} <a href=\"{WebUtility.HtmlEncode(unsubscribeUrl)}\">{WebUtility.HtmlEncode(label)}</a></p>";
        var html = mail.Html.Replace("<p style=\"color:#666\">LcPeers</p>", footer + "<p style=\"color:#666\">LcPeers</p>", StringComparison.Ordinal);
        return mail with { Text = text, Html = html };
    }
}
