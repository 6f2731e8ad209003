using LcPeers.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace LcPeers.Web.Tests.Browser;

/// <summary>
/// A success story in Dutch: the coordinator writes it from the closed engagement's page, staff publish it from their
/// review page, and it appears on /verhalen (with its filters), beside its tool in the catalogue and on the LC's
/// page, the expert unnamed (the expert sees it on their engagement page, with the consent choice). Every page axe-checked.
/// </summary>
[Collection(BrowserTests.Name)]
public sealed class StoryJourneyTests(BrowserFixture browser)
{
    private const string Tool = "Partnerschapskaart";

    [Fact]
    public async Task Coordinator_WritesAStoryFromTheEngagement_StaffPublish_ItAppearsOnVerhalen_BesideTheTool_AndOnTheLcPage()
    {
        var (requestUrl, engagementId, expertEmail) = await EngagementJourneyTests.EngagedAsync(browser, "advice");
        var coordinator = await browser.NewPageAsync();
        await coordinator.SignInAsync(WebFactory.CoordinatorWindOpZee);
        await coordinator.GotoAsync(requestUrl + "/engagement");
        await Expect(coordinator.Locator("#story-section")).ToHaveCountAsync(0); // not before the engagement ended
        await coordinator.Locator("#close-section a.button").ClickAsync();
        await coordinator.Locator("#close-section button[type=submit]").ClickAsync();
        await Expect(coordinator.Locator("#closed-note")).ToBeVisibleAsync();

        await coordinator.Locator("#story-section").GetByRole(AriaRole.Link, new() { Name = "Schrijf een verhaal" }).ClickAsync();
        await Expect(coordinator.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Schrijf een verhaal");
        await coordinator.AssertAccessibleAsync("story-form");

        // Empty: each missing field is named beside it, in Dutch.
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Opslaan en indienen" }).ClickAsync();
        await Expect(coordinator.Locator("#Form_Title-error")).ToHaveTextAsync("Vul ‘Titel’ in.");
        await Expect(coordinator.Locator("#Form_WhatChanged-error")).ToHaveTextAsync("Vul ‘Wat veranderde er?’ in.");
        await Expect(coordinator.Locator("#form-error")).ToBeVisibleAsync();
        await coordinator.AssertAccessibleAsync("story-form-errors");

        var title = $"Eindelijk een begroting {Guid.NewGuid():N}"[..32];
        await coordinator.GetByLabel("Titel").FillAsync(title);
        await coordinator.GetByLabel("Wat zat er vast?").FillAsync("De partners kwamen niet tot een gezamenlijke begroting.");
        await coordinator.GetByLabel("Wie hielp?").FillAsync("Een procesbegeleider liet ons de partnerschapskaart invullen.");
        await coordinator.GetByLabel("Wat veranderde er?").FillAsync("Alle partners dragen nu samen de kosten van het practicum.");
        await coordinator.Locator("input[name='Form.Phase'][value='execution']").CheckAsync();
        await coordinator.Locator("input[name='Form.Bottlenecks'][value='financing']").CheckAsync();
        await coordinator.GetByLabel(Tool, new() { Exact = true }).CheckAsync();
        await coordinator.ScreenshotAsync("story-01-form");
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Opslaan en indienen" }).ClickAsync();
        await Expect(coordinator.GetByRole(AriaRole.Status).First).ToContainTextAsync("Je verhaal is ingediend.");
        await Expect(coordinator.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(title);
        await Expect(coordinator.Locator("[data-status=submitted]")).ToHaveTextAsync("Ingediend");
        await coordinator.AssertAccessibleAsync("story-submitted");

        // The expert finds the story on their own engagement page, unnamed, and may open it to decide on consent.
        var expert = await browser.NewPageAsync();
        await expert.SignInAsDemoExpertAsync(expertEmail);
        await expert.GotoAsync($"/expert/engagements/{engagementId}");
        var aboutMe = expert.Locator("#story-section li").Filter(new() { HasText = title });
        await Expect(aboutMe).ToContainTextAsync("Je wordt niet bij naam genoemd.");
        await expert.AssertAccessibleAsync("expert-engagement-stories");
        await aboutMe.GetByRole(AriaRole.Link, new() { Name = title }).ClickAsync();
        await Expect(expert.Locator("#consent-section")).ToContainTextAsync("De auteur noemt je nu niet bij naam.");
        await expert.AssertAccessibleAsync("expert-story-consent");

        // Not public while it waits for review.
        var visitor = await browser.NewPageAsync();
        await visitor.GotoAsync("/verhalen");
        await Expect(visitor.Locator(".story-list li").Filter(new() { HasText = title })).ToHaveCountAsync(0);

        var staff = await browser.NewPageAsync();
        await staff.SignInAsync(WebFactory.Staff);
        await staff.GotoAsync("/");
        await staff.GetByRole(AriaRole.Link, new() { Name = "Verhalen beoordelen" }).ClickAsync();
        var card = staff.Locator(".story-review-list li").Filter(new() { HasText = title });
        await Expect(card).ToContainTextAsync("een ervaren expert");
        await staff.AssertAccessibleAsync("story-review");
        await staff.ScreenshotAsync("story-02-review");
        await card.GetByRole(AriaRole.Button, new() { Name = "Publiceren" }).ClickAsync();
        await Expect(staff.GetByRole(AriaRole.Status).First).ToContainTextAsync("Het verhaal is gepubliceerd.");
        await Expect(staff.Locator(".story-review-list li").Filter(new() { HasText = title })).ToHaveCountAsync(0);

        // Public now, with its filters; the expert is not named without consent.
        await visitor.GotoAsync("/");
        await visitor.GetByRole(AriaRole.Link, new() { Name = "Verhalen", Exact = true }).First.ClickAsync();
        await Expect(visitor.Locator("main")).ToContainTextAsync("Vier de successen van Learning Communities!");
        var listed = visitor.Locator(".story-list li").Filter(new() { HasText = title });
        await Expect(listed).ToContainTextAsync("Met hulp van een ervaren expert");
        await visitor.AssertAccessibleAsync("verhalen");
        await visitor.GetByLabel("Tool", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = Tool });
        await visitor.GetByRole(AriaRole.Button, new() { Name = "Filter" }).First.ClickAsync();
        await Expect(listed).ToHaveCountAsync(1);
        await visitor.GotoAsync("/verhalen?bottleneck=diversity");
        await Expect(visitor.Locator(".story-list li").Filter(new() { HasText = title })).ToHaveCountAsync(0);
        await visitor.GotoAsync("/verhalen?bottleneck=financing&phase=execution");
        await listed.GetByRole(AriaRole.Link, new() { Name = title }).ClickAsync();
        await Expect(visitor.Locator(".story-expert")).ToHaveTextAsync("Met hulp van een ervaren expert");
        await Expect(visitor.Locator(".story-tools")).ToContainTextAsync(Tool);
        await visitor.AssertAccessibleAsync("verhaal");
        await visitor.ScreenshotAsync("story-03-public");

        // Beside its tool in the catalogue, and on the LC's page.
        await visitor.GotoAsync("/tools");
        var toolCard = visitor.Locator(".tool-list li").Filter(new() { Has = visitor.GetByRole(AriaRole.Heading, new() { Name = Tool, Exact = true }) });
        await Expect(toolCard.Locator(".story-links")).ToContainTextAsync(title);
        await visitor.AssertAccessibleAsync("tools-with-stories");
        await visitor.GotoAsync("/verhalen?tool=" + Uri.EscapeDataString(Tool));
        await visitor.Locator(".story-list li").Filter(new() { HasText = title }).GetByRole(AriaRole.Link, new() { Name = title }).ClickAsync();
        await visitor.Locator("main a[href^='/learning-communities/']").First.ClickAsync();
        await Expect(visitor.Locator("#lc-stories-section")).ToContainTextAsync(title);
        await visitor.AssertAccessibleAsync("lc-with-stories");
    }
}
