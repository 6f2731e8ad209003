using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using AngleSharp.Dom;
using FluentValidation;
using LcPeers.Application.Common.Validation;
using LcPeers.Web.Tests.Infrastructure;

namespace LcPeers.Web.Tests;

/// <summary>
/// Every form, sent empty and with bad values on the Dutch UI, answers in Dutch: no English text (neither the English
/// resources' messages nor the validators' own English messages) and no JSON field name reaches the page.
/// </summary>
public sealed partial class DutchMessagesTests(WebFactory factory) : IClassFixture<WebFactory>
{
    private static readonly Lazy<List<string>> EnglishFragments = new(ReadEnglishFragments);

    private async Task<HttpClient> SignedInAsync(string email)
    {
        var client = factory.Browserless();
        await client.SignInAsync(email);
        return client;
    }

    [Fact]
    public async Task RequestForms_EmptyAndBad_AnswerInDutch()
    {
        var coordinator = await SignedInAsync(WebFactory.CoordinatorWindOpZee);
        var form = await coordinator.GetPageAsync("/requests/new");
        var lcId = form.QuerySelector("select[name='Form.LearningCommunityId'] option[selected]")!.GetAttribute("value")!;

        var empty = await PostAsync(coordinator, "/requests/new", form, [new("intent", "submit")]);
        AssertDutch(empty, "Form.Description");

        var bad = await PostAsync(coordinator, "/requests/new", form, BadRequestFields(lcId));
        AssertDutch(bad, "Form.Description", "Form.Start", "Form.End", "Form.Hours", "Form.ExpertsWanted");

        // A draft needs only the LC and a description; submitting it leads to the form with every open term marked.
        var onlyDescription = await coordinator.PostFormAsync("/requests/new",
        [
            new("__RequestVerificationToken", form.Token()), new("Form.LearningCommunityId", lcId),
            new("Form.Description", "Alleen een omschrijving, de rest volgt."), new("intent", "submit"),
        ]);
        Assert.Equal(HttpStatusCode.Redirect, onlyDescription.StatusCode);
        var completeUrl = onlyDescription.Headers.Location!.OriginalString;
        Assert.EndsWith("/edit?submit=true", completeUrl, StringComparison.Ordinal);
        var marked = await coordinator.GetPageAsync(completeUrl);
        AssertDutch(marked, "Form.Bottlenecks", "Form.Kind", "Form.Start", "Form.End", "Form.Hours", "Form.Format");
        Assert.Equal("Kies minstens één optie bij ‘Knelpunten’ voordat je de aanvraag indient.", marked.FieldError("Form.Bottlenecks"));
        Assert.Equal("Vul ‘Aantal uren’ in voordat je de aanvraag indient.", marked.FieldError("Form.Hours"));

        // Tool facilitation without a tool and on-site help without a province are kept as a draft and named on submit.
        var markedVersion = marked.QuerySelector("input[name='Form.Version']")!.GetAttribute("value")!;
        var toolAndRegion = await PostAsync(coordinator, completeUrl.Split('?')[0], marked,
        [
            new("Form.Version", markedVersion), new("Form.Bottlenecks", "balance"), new("Form.Kind", "tool-facilitation"),
            new("Form.Description", "Alleen een omschrijving, de rest volgt."), new("Form.Start", "2027-03-01"), new("Form.End", "2027-04-30"),
            new("Form.Hours", "10"), new("Form.Format", "on-site"), new("Form.Languages", "nl"), new("Form.ExpertsWanted", "1"), new("intent", "submit"),
        ]);
        AssertDutch(toolAndRegion, "Form.Tool", "Form.Region");
        Assert.Equal("Kies bij ‘Tool’ de tool die begeleid moet worden, voordat je de aanvraag indient.", toolAndRegion.FieldError("Form.Tool"));
        Assert.Equal("Kies bij ‘Provincie’ de provincie waar de hulp op locatie plaatsvindt, voordat je de aanvraag indient.", toolAndRegion.FieldError("Form.Region"));
        Assert.Contains("Je concept is bewaard", toolAndRegion.QuerySelector("#form-error")!.TextContent, StringComparison.Ordinal);

        var draft = await coordinator.PostFormAsync("/requests/new",
        [
            new("__RequestVerificationToken", form.Token()), new("Form.LearningCommunityId", lcId), new("Form.Bottlenecks", "balance"),
            new("Form.Kind", "advice"), new("Form.Description", "Een concept om te bewerken."), new("Form.Start", "2027-03-01"),
            new("Form.End", "2027-04-30"), new("Form.Hours", "10"), new("Form.Format", "online"), new("Form.Languages", "nl"),
            new("Form.ExpertsWanted", "1"), new("intent", "draft"),
        ]);
        Assert.Equal(HttpStatusCode.Redirect, draft.StatusCode);
        var edit = draft.Headers.Location!.OriginalString + "/edit";
        var editForm = await coordinator.GetPageAsync(edit);
        var editVersion = editForm.QuerySelector("input[name='Form.Version']")!.GetAttribute("value")!;
        AssertDutch(await PostAsync(coordinator, edit, editForm, [new("Form.Version", editVersion)]), "Form.Description");
        AssertDutch(await PostAsync(coordinator, edit, editForm, [.. BadRequestFields(lcId), new("Form.Version", editVersion)]), "Form.End", "Form.Hours");
    }

    [Fact]
    public async Task ExpertForms_EmptyAndBad_AnswerInDutch()
    {
        var newcomer = await SignedInAsync(WebFactory.NewExpert);
        var profile = await newcomer.GetPageAsync("/expert/profile");
        AssertDutch(await PostAsync(newcomer, "/expert/profile", profile, []), "Form.DisplayName", "Form.RolesOffered");
        var bad = await PostAsync(newcomer, "/expert/profile", profile,
        [
            new("Form.DisplayName", "   "), new("Form.Email", "geen-emailadres"), new("Form.Bio", new string('x', 2001)),
        ]);
        AssertDutch(bad, "Form.DisplayName", "Form.Email", "Form.Bio");
        Assert.Equal("Vul bij ‘Contactadres (e-mail)’ een e-mailadres in, zoals naam@voorbeeld.nl.", bad.FieldError("Form.Email"));

        var expert = await SignedInAsync(WebFactory.Expert01);
        var availability = await expert.GetPageAsync("/expert/availability");
        var version = availability.GetElementById("Form_Version")!.GetAttribute("value")!;
        AssertDutch(await PostAsync(expert, "/expert/availability", availability, [new("Form.Version", version)]), "Form.HoursPerMonth");
        AssertDutch(await PostAsync(expert, "/expert/availability", availability,
        [
            new("Form.Version", version), new("Form.HoursPerMonth", "999"), new("Form.MaxConcurrentEngagements", "11"),
            new("Form.Availability[0].From", "2027-05-01"), new("Form.Availability[0].To", "2027-04-01"),
            new("Form.Availability[1].From", "1999-01-01"), new("Form.Availability[1].To", "1999-02-01"),
        ]), "Form.HoursPerMonth", "Form.MaxConcurrentEngagements", "Form.Availability[0].To", "Form.Availability[1].From");
    }

    [Fact]
    public async Task StaffForms_EmptyAndBad_AnswerInDutch()
    {
        var staff = await SignedInAsync(WebFactory.Staff);
        var lc = (await staff.GetPageAsync("/learning-communities?q=SEECE")).QuerySelector("main tbody a")!.GetAttribute("href")!;

        var coordinators = await staff.GetPageAsync($"/staff{lc}/coordinators");
        AssertDutch(await PostAsync(staff, $"/staff{lc}/coordinators?handler=Link", coordinators, []), "Email");
        AssertDutch(await PostAsync(staff, $"/staff{lc}/coordinators?handler=Link", coordinators, [new("Email", "geen adres")]), "Email");

        var edit = await staff.GetPageAsync($"/staff{lc}/edit");
        var version = edit.GetElementById("Form_Version")!.GetAttribute("value")!;
        AssertDutch(await PostAsync(staff, $"/staff{lc}/edit", edit,
        [
            new("Form.Version", version), new("Form.Name", " "), new("Form.Type", "other"), new("Form.Status", "active"),
            new("Form.Contacts[0].Name", ""), new("Form.Contacts[1].Name", "Els"), new("Form.Contacts[1].Email", "geen adres"),
        ]), "Form.Name", "Form.Contacts[1].Email");

        var weights = await staff.GetPageAsync("/staff/weights");
        var weightsVersion = weights.GetElementById("Form_Version")!.GetAttribute("value")!;
        string[] factors = ["Competence", "Phase", "KindFit", "Tools", "Sector", "Region", "TrackRecord", "Load", "OutsidePerspective", "RecentLoad"];
        AssertDutch(await PostAsync(staff, "/staff/weights", weights, [.. factors.Select(f => new KeyValuePair<string, string>($"Form.{f}", "0")), new("Form.Version", weightsVersion)]));
        AssertDutch(await PostAsync(staff, "/staff/weights", weights, [.. factors.Select(f => new KeyValuePair<string, string>($"Form.{f}", "500")), new("Form.Version", weightsVersion)]), "Form.Competence");
    }

    [Fact]
    public async Task RejectScheduleAndFeedback_EmptyAndBad_AnswerInDutch()
    {
        var coordinator = await SignedInAsync(WebFactory.CoordinatorWindOpZee);
        var request = await WorkflowPageTests.SubmitOwnRequestAsync(coordinator);
        var staff = await SignedInAsync(WebFactory.Staff);
        var matchingUrl = "/staff" + request;
        var page = await staff.GetPageAsync(matchingUrl);
        Assert.Equal(HttpStatusCode.Redirect, (await staff.PostFormAsync(matchingUrl + "?handler=Propose", [new("__RequestVerificationToken", page.Token())])).StatusCode);
        page = await staff.GetPageAsync(matchingUrl);
        var proposalId = page.QuerySelectorAll("tr[data-proposal-id]").First(r => r.QuerySelector("[data-status='proposed']") is not null).GetAttribute("data-proposal-id")!;

        var rejected = await PostAsync(staff, $"{matchingUrl}?handler=Reject&proposalId={proposalId}", page, [new("Reason", "   ")]);
        AssertDutch(rejected);
        Assert.Contains(rejected.QuerySelectorAll(".field-error"), e => e.TextContent.Contains("‘Reden van afwijzing’", StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.Redirect, (await staff.PostFormAsync($"{matchingUrl}?handler=Approve&proposalId={proposalId}", [new("__RequestVerificationToken", page.Token())])).StatusCode);
        var expert = await SignedInAsync(await WorkflowPageTests.ExpertAccountOfProposalAsync(factory, Guid.Parse(proposalId)));
        var invitations = await expert.GetPageAsync("/expert/invitations");
        Assert.Equal(HttpStatusCode.Redirect, (await expert.PostFormAsync($"/expert/invitations?handler=Accept&proposalId={proposalId}", [new("__RequestVerificationToken", invitations.Token())])).StatusCode);

        var engagementUrl = request + "/engagement";
        var engagement = await coordinator.GetPageAsync(engagementUrl);
        var schedule = engagementUrl + "?handler=Schedule";
        AssertDutch(await PostAsync(coordinator, schedule, engagement, []), "Form.Start", "Form.End");
        AssertDutch(await PostAsync(coordinator, schedule, engagement,
            [new("Form.Title", "Kick-off"), new("Form.Start", "2027-03-10T12:00"), new("Form.End", "2027-03-10T10:00"), new("Form.OnlineUrl", "meet.example")]),
            "Form.End", "Form.OnlineUrl");
        var gap = await PostAsync(coordinator, schedule, engagement, [new("Form.Title", "Kick-off"), new("Form.Start", "2027-03-28T02:30"), new("Form.End", "2027-03-28T04:00")]);
        AssertDutch(gap, "Form.Start");
        Assert.Contains("zomertijd", gap.FieldError("Form.Start"), StringComparison.Ordinal);
        var past = await PostAsync(coordinator, schedule, engagement, [new("Form.Title", "Kick-off"), new("Form.Start", "2021-03-10T10:00"), new("Form.End", "2021-03-10T12:00")]);
        AssertDutch(past);
        Assert.Equal("Een bijeenkomst kan niet in het verleden worden gepland.", past.GetElementById("form-error")!.TextContent.Trim());

        // The feedback form shows once the engagement has ended; before that, only the message at the top is visible.
        var feedback = engagementUrl + "?handler=Feedback";
        AssertDutch(await PostAsync(coordinator, feedback, engagement, []));
        AssertDutch(await PostAsync(coordinator, feedback, engagement, [new("Feedback.Rating", "9"), new("Feedback.Comment", new string('x', 2001))]));
        var early = await PostAsync(coordinator, feedback, engagement, [new("Feedback.Rating", "4")]);
        AssertDutch(early);
        Assert.Equal("Je kunt feedback geven zodra de inzet is afgelopen.", early.GetElementById("form-error")!.TextContent.Trim());
    }

    private static List<KeyValuePair<string, string>> BadRequestFields(string lcId) =>
    [
        new("Form.LearningCommunityId", lcId), new("Form.Bottlenecks", "geen-knelpunt"), new("Form.Kind", "tool-facilitation"),
        new("Form.Description", "   "), new("Form.Start", "1999-05-01"), new("Form.End", "2100-04-01"), new("Form.Hours", "0"),
        new("Form.Format", "on-site"), new("Form.Languages", "nl"), new("Form.ExpertsWanted", "9"), new("Form.Location", "Regel\neen"),
        new("intent", "submit"),
    ];

    private static async Task<IDocument> PostAsync(HttpClient client, string url, IDocument form, IEnumerable<KeyValuePair<string, string>> fields) =>
        await (await client.PostFormAsync(url, [new("__RequestVerificationToken", form.Token()), .. fields])).ReadDocumentAsync(HttpStatusCode.OK);

    /// <summary>The page shows errors (at the named fields when given), and every message is Dutch and names no JSON field.</summary>
    private static void AssertDutch(IDocument page, params string[] fields)
    {
        foreach (var field in fields)
        {
            Assert.False(page.FieldError(field) is null, $"an error at {field}");
        }

        var messages = page.QuerySelectorAll(".field-error, #form-error, .validation-summary li, .alert")
            .Select(e => e.TextContent.Trim()).Where(t => t.Length > 0).Distinct().ToList();
        Assert.NotEmpty(messages);
        foreach (var message in messages)
        {
            Assert.False(JsonFieldName().IsMatch(message), $"a JSON field name in: {message}");
            var english = EnglishFragments.Value.FirstOrDefault(f => message.Contains(f, StringComparison.OrdinalIgnoreCase));
            Assert.True(english is null, $"English text '{english}' in: {message}");
        }
    }

    /// <summary>Pieces of every English message: the English resources' validation and rule texts, and each validator's own messages.</summary>
    private static List<string> ReadEnglishFragments()
    {
        static Dictionary<string, string> Read(string file) =>
            XDocument.Load(Path.Combine(RepositoryPaths.Root(), "src", "LcPeers.Api", "Resources", file)).Root!.Elements("data")
                .ToDictionary(d => d.Attribute("name")!.Value, d => d.Element("value")!.Value, StringComparer.Ordinal);

        var dutch = Read("SharedResource.resx");
        var english = Read("SharedResource.en.resx")
            .Where(kv => (kv.Key.StartsWith("Validation.", StringComparison.Ordinal) || kv.Key.StartsWith("Rule.", StringComparison.Ordinal)) && dutch[kv.Key] != kv.Value)
            .Select(kv => kv.Value);

        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = new CultureInfo("en");
        try
        {
            var validatorMessages = typeof(TextRules).Assembly.GetTypes()
                .Where(t => t is { IsAbstract: false, IsGenericTypeDefinition: false } && typeof(IValidator).IsAssignableFrom(t) && t.GetConstructor(Type.EmptyTypes) is not null)
                .SelectMany(t => Messages((IValidator)Activator.CreateInstance(t)!))
                .ToList();
            var fragments = english.Concat(validatorMessages)
                .SelectMany(m => Placeholder().Split(m))
                .Select(f => f.Trim(' ', '.', ',', ':', ';', '(', ')'))
                .Where(f => f.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 3)
                .Distinct(StringComparer.Ordinal)
                .ToList();
            Assert.True(fragments.Count > 50, "the English texts were found");
            return fragments;
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    private static IEnumerable<string> Messages(IValidator validator)
    {
        foreach (var rule in validator.CreateDescriptor().Rules)
        {
            foreach (var component in rule.Components)
            {
                if (component.Validator is FluentValidation.Validators.IChildValidatorAdaptor)
                {
                    var child = (IValidator)component.Validator.GetType()
                        .GetField("_validator", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!.GetValue(component.Validator)!;
                    foreach (var message in Messages(child))
                    {
                        yield return message;
                    }

                    continue;
                }

                yield return component.GetUnformattedErrorMessage();
            }
        }
    }

    // A placeholder, a quoted name or a list of codes: what is left between them is the message's wording.
    [GeneratedRegex(@"\{[^}]*\}|‘[^’]*’|'[^']*'|:.*$")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"'[a-z][A-Za-z]*(\[\d*\])?(\.[a-z][A-Za-z]*)*'")]
    private static partial Regex JsonFieldName();
}
