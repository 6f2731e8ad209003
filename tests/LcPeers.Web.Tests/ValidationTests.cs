using System.Globalization;
using System.Net;
using LcPeers.Web.Tests.Infrastructure;

namespace LcPeers.Web.Tests;

/// <summary>The API's validation messages appear next to the fields they are about, and nothing typed is lost.</summary>
public sealed class ValidationTests(WebFactory factory) : IClassFixture<WebFactory>
{
    private static CancellationToken Ct => Html.Ct;

    [Fact]
    public async Task NewRequest_WithBadFields_ShowsTheApisMessagesNextToThem_AndKeepsWhatWasTyped()
    {
        var coordinator = factory.Browserless();
        await coordinator.SignInAsync(WebFactory.CoordinatorWindOpZee);
        var form = await coordinator.GetPageAsync("/requests/new");
        var lcId = form.QuerySelector("select[name='Form.LearningCommunityId'] option[selected]")!.GetAttribute("value")!;

        var response = await coordinator.PostFormAsync("/requests/new",
        [
            new("__RequestVerificationToken", form.Token()),
            new("Form.LearningCommunityId", lcId),
            new("Form.Bottlenecks", "balance"),
            new("Form.Kind", "tool-facilitation"),
            new("Form.Description", "Wij zoeken begeleiding, dit blijft staan."),
            new("Form.Start", "2027-05-01"),
            new("Form.End", "2027-04-01"),
            new("Form.Hours", "0"),
            new("Form.Format", "on-site"),
            new("Form.Languages", "nl"),
            new("Form.ExpertsWanted", "1"),
            new("intent", "submit"),
        ]);

        var page = await response.ReadDocumentAsync(HttpStatusCode.OK);
        // The API's English messages become Dutch texts that name the field by the label the form shows.
        Assert.Equal("‘Einddatum’ mag niet vóór de startdatum liggen.", page.FieldError("Form.End"));
        Assert.Equal("‘Aantal uren’ moet groter zijn dan 0.", page.FieldError("Form.Hours"));
        Assert.Null(page.FieldError("Form.Tool")); // a draft may leave the tool and the province open; submitting names them
        Assert.Equal("true", page.GetElementById("Form_Hours")!.GetAttribute("aria-invalid"));
        Assert.Contains("Form_Hours-error", page.GetElementById("Form_Hours")!.GetAttribute("aria-describedby"), StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("[role=alert]#form-error"));

        Assert.Equal("Wij zoeken begeleiding, dit blijft staan.", page.GetElementById("Form_Description")!.TextContent);
        Assert.Equal("2027-05-01", page.GetElementById("Form_Start")!.GetAttribute("value"));
        Assert.NotNull(page.QuerySelector("input[name='Form.Bottlenecks'][value=balance][checked]"));
        Assert.NotNull(page.QuerySelector("input[name='Form.Kind'][value=tool-facilitation][checked]"));
    }

    [Fact]
    public async Task ExpertProfile_ErrorsInRowsAndLists_LandOnTheirFields()
    {
        var expert = factory.Browserless();
        await expert.SignInAsync(WebFactory.NewExpert);
        var form = await expert.GetPageAsync("/expert/profile");
        var bottlenecks = form.QuerySelectorAll("input[name^='Form.Competences['][name$='].Bottleneck']").Select(i => i.GetAttribute("value")!).ToList();
        var fields = new List<KeyValuePair<string, string>>
        {
            new("__RequestVerificationToken", form.Token()),
            new("Form.DisplayName", "Nieuwe Expert"),
            new("Form.Email", "geen-emailadres"),
        };
        for (var i = 0; i < bottlenecks.Count; i++)
        {
            fields.Add(new($"Form.Competences[{i}].Bottleneck", bottlenecks[i]));
            fields.Add(new($"Form.Competences[{i}].Level", i == 2 ? "7" : "0")); // only row 2 is sent: it is competences[0] to the API
        }

        var page = await (await expert.PostFormAsync("/expert/profile", fields)).ReadDocumentAsync(HttpStatusCode.OK);

        Assert.Equal("Kies bij ‘Niveau’ een niveau van 1 tot en met 3.", page.FieldError("Form.Competences[2].Level"));
        Assert.Equal("Kies minstens één optie bij ‘Rollen die je aanbiedt’.", page.FieldError("Form.RolesOffered"));
        Assert.NotNull(page.FieldError("Form.Email"));
        Assert.Equal("Nieuwe Expert", page.GetElementById("Form_DisplayName")!.GetAttribute("value"));
        Assert.Equal("7", page.QuerySelector("select[name='Form.Competences[2].Level'] option[selected]")?.GetAttribute("value") ?? "7");
    }

    [Fact]
    public async Task LcEdit_WithAStaleVersion_ShowsTheConflictAtTheTop_AndKeepsTheEdit()
    {
        var staff = factory.Browserless();
        await staff.SignInAsync(WebFactory.Staff);
        var directory = await staff.GetPageAsync("/learning-communities?q=SEECE");
        var lc = directory.QuerySelector("main tbody a")!.GetAttribute("href")!;
        var form = await staff.GetPageAsync($"/staff{lc}/edit");
        var version = int.Parse(form.GetElementById("Form_Version")!.GetAttribute("value")!, CultureInfo.InvariantCulture);
        var fields = form.QuerySelectorAll("main form[method=post] input[name], main form[method=post] textarea[name], main form[method=post] select[name]")
            .Where(e => e.GetAttribute("type") is not ("checkbox" or "radio") || e.HasAttribute("checked"))
            .Select(e => new KeyValuePair<string, string>(e.GetAttribute("name")!, e.LocalName switch
            {
                "textarea" => e.TextContent,
                "select" => e.QuerySelector("option[selected]")?.GetAttribute("value") ?? "",
                _ => e.GetAttribute("value") ?? "",
            }))
            .Where(kv => kv.Key != "Form.Description" && kv.Key != "Form.Version" && kv.Key != "returnUrl" && kv.Key != "culture")
            .ToList();

        var first = await staff.PostFormAsync($"/staff{lc}/edit", [.. fields, new("Form.Description", "Eerste bewerking"), new("Form.Version", $"{version}")]);
        var stale = await staff.PostFormAsync($"/staff{lc}/edit", [.. fields, new("Form.Description", "Tweede bewerking, verouderd"), new("Form.Version", $"{version}")]);

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        var page = await stale.ReadDocumentAsync(HttpStatusCode.OK);
        Assert.Contains("Iemand anders heeft dit intussen gewijzigd", page.GetElementById("form-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Tweede bewerking, verouderd", page.GetElementById("Form_Description")!.TextContent.Trim());
        var details = await staff.GetPageAsync(lc);
        Assert.Contains("Eerste bewerking", details.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LcEdit_BadContactEmail_IsShownOnThatContactRow()
    {
        var staff = factory.Browserless();
        await staff.SignInAsync(WebFactory.Staff);
        var lc = (await staff.GetPageAsync("/learning-communities?q=TransAct")).QuerySelector("main tbody a")!.GetAttribute("href")!;
        var form = await staff.GetPageAsync($"/staff{lc}/edit");

        var response = await staff.PostFormAsync($"/staff{lc}/edit",
        [
            new("__RequestVerificationToken", form.Token()),
            new("Form.Version", form.GetElementById("Form_Version")!.GetAttribute("value")!),
            new("Form.Name", "TransAct"),
            new("Form.Type", "other"),
            new("Form.Status", "active"),
            new("Form.Contacts[0].Name", ""),
            new("Form.Contacts[1].Name", "Els"),
            new("Form.Contacts[1].Email", "geen adres"),
        ]);

        var page = await response.ReadDocumentAsync(HttpStatusCode.OK);
        Assert.NotNull(page.FieldError("Form.Contacts[1].Email"));
        Assert.Null(page.FieldError("Form.Contacts[0].Email"));
    }

    [Fact]
    public async Task ListPages_WithAFilterTheApiRefuses_ShowTheMessageAtTheField_NotA500()
    {
        var staff = factory.Browserless();
        await staff.SignInAsync(WebFactory.Staff);
        var tooLong = new string('a', 300);

        var experts = await (await staff.GetAsync("/staff/experts?Q=" + tooLong, Ct)).ReadDocumentAsync(HttpStatusCode.OK);
        Assert.False(string.IsNullOrEmpty(experts.FieldError("Q")));
        Assert.Null(experts.QuerySelector("nav.pager"));

        // The directory's message names its own search field, not a generic "search term".
        var directory = await (await staff.GetAsync("/learning-communities?q=" + tooLong, Ct)).ReadDocumentAsync(HttpStatusCode.OK);
        Assert.StartsWith("\u2018Naam of partner\u2019", directory.FieldError("Q"), StringComparison.Ordinal);

        foreach (var url in new[] { "/learning-communities?q=" + tooLong, "/staff/requests?status=bogus", "/requests?status=bogus" })
        {
            Assert.NotEqual(HttpStatusCode.InternalServerError, (await staff.GetAsync(url, Ct)).StatusCode);
        }
    }
}
