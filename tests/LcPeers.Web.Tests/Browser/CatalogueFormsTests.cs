using LcPeers.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace LcPeers.Web.Tests.Browser;

/// <summary>
/// Staff add a tool and a good practice from the catalogue in the browser, in Dutch: empty and taken values are
/// named beside their fields in words, the new tool stands in the catalogue, the practice appears on
/// /goede-praktijken and beside its tool, and it can be changed and removed. Every form axe-checked.
/// </summary>
[Collection(BrowserTests.Name)]
public sealed class CatalogueFormsTests(BrowserFixture browser)
{
    private static ILocator StatusWith(IPage page, string text) => page.GetByRole(AriaRole.Status).Filter(new() { HasText = text });

    [Fact]
    public async Task Staff_AddAToolAndAGoodPractice_InDutch_WithErrorsBesideTheFields_ThenChangeAndRemoveThePractice()
    {
        var page = await browser.NewPageAsync();
        await page.SignInAsync(WebFactory.Staff);
        await page.GotoAsync("/tools");
        await page.GetByRole(AriaRole.Link, new() { Name = "Tool toevoegen" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Tool toevoegen");
        await page.AssertAccessibleAsync("tool-form");

        // Empty: every required field is named beside it, in Dutch.
        await page.GetByRole(AriaRole.Button, new() { Name = "Tool toevoegen" }).ClickAsync();
        await Expect(page.Locator("#Form_Name-error")).ToHaveTextAsync("Vul ‘Naam’ in.");
        await Expect(page.Locator("#Form_Phases-error")).ToContainTextAsync("Fasen waarin de tool helpt");
        await Expect(page.Locator("#Form_DescriptionNl-error")).ToContainTextAsync("Beschrijving (Nederlands)");
        await Expect(page.Locator("#form-error")).ToBeVisibleAsync();
        var errors = string.Join(" ", await page.Locator(".field-error").AllTextContentsAsync());
        Assert.DoesNotContain("must", errors, StringComparison.Ordinal);
        Assert.DoesNotContain("descriptionNl", errors, StringComparison.Ordinal);
        await page.AssertAccessibleAsync("tool-form-errors");

        // A name the catalogue already has is refused in words, and what was typed stays.
        await page.GetByLabel("Naam").FillAsync("Peer review");
        await page.Locator("#Form_Phases").GetByLabel("Uitvoering").CheckAsync();
        await page.GetByLabel("Beschrijving (Nederlands)").FillAsync("Een werkvorm waarin partners elkaars rol bespreken.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Tool toevoegen" }).ClickAsync();
        await Expect(page.Locator("main")).ToContainTextAsync("Er staat al een tool met deze naam in de catalogus.");
        await Expect(page.GetByLabel("Beschrijving (Nederlands)")).ToHaveValueAsync("Een werkvorm waarin partners elkaars rol bespreken.");

        var tool = $"Rollenspel {Guid.NewGuid():N}"[..20];
        await page.GetByLabel("Naam").FillAsync(tool);
        await page.ScreenshotAsync("catalogue-01-tool-form");
        await page.GetByRole(AriaRole.Button, new() { Name = "Tool toevoegen" }).ClickAsync();
        await Expect(StatusWith(page, $"De tool {tool} staat in de catalogus.")).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = tool, Level = 2 })).ToBeVisibleAsync();

        // A good practice that used the new tool.
        await page.GetByRole(AriaRole.Link, new() { Name = "Goede praktijk toevoegen" }).First.ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Goede praktijk toevoegen");
        await page.AssertAccessibleAsync("practice-form");
        await page.GetByRole(AriaRole.Button, new() { Name = "Goede praktijk opslaan" }).ClickAsync();
        await Expect(page.Locator("#Form_Title-error")).ToHaveTextAsync("Vul ‘Titel’ in.");
        await Expect(page.Locator("#Form_WhatWasDone-error")).ToHaveTextAsync("Vul ‘Wat is er gedaan’ in.");
        await Expect(page.Locator("#Form_WhatItBrought-error")).ToHaveTextAsync("Vul ‘Wat het opleverde’ in.");
        await Expect(page.Locator("#Form_Contact-error")).ToContainTextAsync("Contact");
        await Expect(page.Locator("#Form_Phase-error")).ToContainTextAsync("Fase");
        await Expect(page.Locator("#Form_Bottleneck-error")).ToContainTextAsync("Knelpunt");
        await page.AssertAccessibleAsync("practice-form-errors");

        var title = $"Rollen rond {Guid.NewGuid():N}"[..20];
        await page.GetByLabel("Titel").FillAsync(title);
        await page.Locator("#Form_Phase").GetByLabel("Uitvoering").CheckAsync();
        await page.Locator("#Form_Bottleneck").GetByLabel("Balans").CheckAsync();
        await page.GetByLabel("Wat is er gedaan").FillAsync("Elke partner speelde een middag de rol van een ander.");
        await page.GetByLabel("Wat het opleverde").FillAsync("Het mkb zegt nu wat het nodig heeft, en de school luistert.");
        await page.GetByLabel("Contact").FillAsync("Contact Connectr (demo), contact.connectr@demo.lcpeers.example");
        await page.GetByLabel("Gebruikte tool").SelectOptionAsync(new SelectOptionValue { Label = tool });
        await page.GetByRole(AriaRole.Button, new() { Name = "Goede praktijk opslaan" }).ClickAsync();
        await Expect(StatusWith(page, $"De goede praktijk “{title}” is opgeslagen.")).ToBeVisibleAsync();
        var card = page.Locator(".good-practice-list li").Filter(new() { HasText = title });
        await Expect(card).ToContainTextAsync("contact.connectr@demo.lcpeers.example");
        await Expect(card.GetByRole(AriaRole.Link, new() { Name = tool })).ToBeVisibleAsync();
        await page.AssertAccessibleAsync("practices");

        // Beside its tool in the catalogue, for every visitor.
        var visitor = await browser.NewPageAsync();
        await visitor.GotoAsync("/tools");
        var section = visitor.Locator(".tool-list > li").Filter(new() { Has = visitor.GetByRole(AriaRole.Heading, new() { Name = tool, Level = 2 }) });
        await Expect(section.GetByRole(AriaRole.Link, new() { Name = title })).ToBeVisibleAsync();
        await visitor.GotoAsync("/goede-praktijken");
        await Expect(visitor.Locator(".good-practice-list li").Filter(new() { HasText = title })).ToHaveCountAsync(1);
        await Expect(visitor.GetByRole(AriaRole.Link, new() { Name = $"{title} wijzigen" })).ToHaveCountAsync(0); // no staff links for visitors

        // Staff change the title, then take the practice out of the catalogue.
        await card.GetByRole(AriaRole.Link, new() { Name = $"{title} wijzigen" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Goede praktijk wijzigen");
        var changed = title + " (bijgewerkt)";
        await page.GetByLabel("Titel").FillAsync(changed);
        await page.GetByRole(AriaRole.Button, new() { Name = "Opslaan" }).ClickAsync();
        await Expect(StatusWith(page, $"De goede praktijk “{changed}” is opgeslagen.")).ToBeVisibleAsync();
        await page.Locator(".good-practice-list li").Filter(new() { HasText = changed }).GetByRole(AriaRole.Link, new() { Name = $"{changed} wijzigen" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Uit de catalogus halen" }).ClickAsync();
        await Expect(StatusWith(page, $"De goede praktijk “{changed}” is uit de catalogus gehaald.")).ToBeVisibleAsync();
        await Expect(page.Locator(".good-practice-list li").Filter(new() { HasText = changed })).ToHaveCountAsync(0);
    }
}
