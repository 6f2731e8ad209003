using LcPeers.Domain.Accounts;
using LcPeers.Domain.Common;
using LcPeers.Domain.Engagements;
using LcPeers.Domain.Experts;
using LcPeers.Domain.LearningCommunities;
using LcPeers.Domain.Matching;
using LcPeers.Domain.Reference;
using LcPeers.Domain.Requests;
using LcPeers.Domain.Stories;
using LcPeers.Domain.Tools;

namespace LcPeers.Infrastructure.Persistence.Seeding;

/// <summary>
/// A year of fictitious history, so the monitor has something to show on a fresh machine: past requests that were
/// matched and completed (with ratings, peer-review reports and published stories), some that found nobody, impact
/// reports for the two years before this one, and a few good practices. Everything goes through the domain's own
/// steps, dated back from the app's clock. The LCs the browser tests drive (CIV Wind op Zee, SEECE, Gas erop!) get no
/// history. The steps' domain events are dropped: history sends no mail and writes no audit entries.
/// </summary>
public sealed partial class DemoDataSeeder
{
    /// <summary>LCs given a phase and sectors for the history (those in <see cref="LcPartners"/> keep theirs).</summary>
    private static readonly (string Lc, Phase Phase, string[] Sectors, int Started, string Mix)[] HistoryLcs =
    [
        ("100% Duurzaam", Phase.Startup, [Sectors.UrbanEnergy], 2024, "mbo:2 hbo:1 company:6 sme:5 government:2"),
        ("CIV Energie", Phase.Deepening, [Sectors.EnergyAndIndustry, Sectors.SystemIntegration], 2019, "mbo:3 company:4 sme:2 government:1"),
        ("Connectr", Phase.Execution, [Sectors.BuildingAndTechnology], 2021, "mbo:1 hbo:1 company:5 sme:4 government:1"),
        ("CoE Smart Sustainable Cities", Phase.Deepening, [Sectors.UrbanEnergy, Sectors.Digitalisation], 2018, "hbo:2 wo:1 company:3 sme:2 government:3 research:1"),
        ("Energy College - Ik studeer Energie", Phase.Execution, [Sectors.EnergyAndIndustry], 2016, "vo:8 mbo:4 hbo:2 company:40 sme:12 government:4"),
        ("Hydrogreenn", Phase.Startup, [Sectors.NewGas], 2025, "mbo:2 hbo:2 wo:1 company:6 sme:3 government:2 research:1"),
        ("CIV Gebouwde Omgeving Limburg", Phase.Continuation, [Sectors.BuildingAndTechnology], 2017, "mbo:2 company:3 sme:2"),
    ];

    private enum PastOutcome
    {
        Completed,
        NobodyFound,
        Withdrawn,
    }

    /// <summary>What one past request tells the story of a story, when it has one.</summary>
    private sealed record PastStory(string Title, string WhatWasStuck, string WhoHelped, string WhatChanged, bool NameExpert);

    /// <summary>One past request: when it was submitted, what it asked, who helped, how it ended.</summary>
    private sealed record PastRequest(
        string Lc, int DaysAgo, Phase Phase, RequestKind Kind, Bottleneck[] Bottlenecks, string? Tool, string Province, int Expert,
        PastOutcome Outcome, string Description, int Rating = 4, int[]? Levels = null, PastStory? Story = null);

    private static readonly PastRequest[] History =
    [
        new("100% Duurzaam", 350, Phase.Startup, RequestKind.Advice, [Bottleneck.Financing], null, Provinces.Friesland, 4, PastOutcome.Completed,
            "Hoe financieren we de eerste twee jaar zonder subsidie van één partner?", 5,
            Story: new("Drie partners, één begroting", "Alle kosten lagen bij de hogeschool; de bedrijven wilden wel meedoen maar niet betalen.",
                "Een ervaren Webber die in Groningen hetzelfde had opgezet.", "Elke partner draagt nu naar rato bij en de gemeente betaalt het lokaal.", NameExpert: true)),
        new("100% Duurzaam", 160, Phase.Startup, RequestKind.ToolFacilitation, [Bottleneck.Diversity], "Partnerschapskaart", Provinces.Friesland, 7,
            PastOutcome.Completed, "Begeleiding bij het in kaart brengen van ontbrekende partners.", 4),
        new("CIV Energie", 500, Phase.Deepening, RequestKind.PeerReview, [Bottleneck.Balance, Bottleneck.Continuity], "Peer review", Provinces.ZuidHolland, 9,
            PastOutcome.Completed, "Een peer review na drie jaar: waar staan we en wat moet beter?", 4, Levels: [3, 2, 3, 2]),
        new("CIV Energie", 120, Phase.Deepening, RequestKind.PeerReview, [Bottleneck.Continuity], "Peer review", Provinces.ZuidHolland, 11,
            PastOutcome.Completed, "Tweede peer review: hebben de adviezen van vorig jaar gewerkt?", 5, Levels: [4, 3, 4, 3],
            Story: new("Van losse projecten naar een vaste leerlijn", "Elk jaar begonnen we opnieuw, met nieuwe studenten en nieuwe opdrachtgevers.",
                "Een peer reviewer die de samenwerking twee keer bekeek.", "De leerlijn staat nu in het curriculum en de bedrijven zitten in de stuurgroep.", NameExpert: false)),
        new("Connectr", 300, Phase.Execution, RequestKind.TemporarySupport, [Bottleneck.Balance], null, Provinces.Gelderland, 13, PastOutcome.Completed,
            "Tijdelijke versterking: het werken en innoveren verdringen het leren.", 3),
        new("Connectr", 90, Phase.Execution, RequestKind.Advice, [Bottleneck.Certification], null, Provinces.Gelderland, 19, PastOutcome.NobodyFound,
            "Advies over het certificeren van microcredentials voor installateurs."),
        new("CoE Smart Sustainable Cities", 330, Phase.Deepening, RequestKind.PeerReview, [Bottleneck.Diversity], "Peer review", Provinces.Utrecht, 21,
            PastOutcome.Completed, "Peer review van de samenwerking met gemeenten en mkb.", 4, Levels: [4, 2, 3, 3]),
        new("CoE Smart Sustainable Cities", 100, Phase.Deepening, RequestKind.ToolFacilitation, [Bottleneck.Continuity], "Stakeholderanalyse",
            Provinces.Utrecht, 26, PastOutcome.Completed, "Een stakeholderanalyse voor de volgende subsidieperiode.", 4,
            Story: new("Wie er écht bij hoort", "We wisten niet meer welke partners nog actief meededen.", "Een procesbegeleider met de stakeholderanalyse.",
                "We zijn met vier partners verder gegaan en hebben twee nieuwe mkb-bedrijven gevonden.", NameExpert: false)),
        new("Energy College - Ik studeer Energie", 280, Phase.Execution, RequestKind.Advice, [Bottleneck.Infrastructure], null, Provinces.Groningen, 28,
            PastOutcome.Completed, "Hoe delen we praktijkruimte tussen het mbo en de bedrijven?", 4),
        new("Energy College - Ik studeer Energie", 75, Phase.Execution, RequestKind.TemporarySupport, [Bottleneck.Financing, Bottleneck.Infrastructure],
            null, Provinces.Groningen, 33, PastOutcome.NobodyFound, "Tijdelijke ondersteuning bij een investeringsaanvraag voor een leerwerkplaats."),
        new("Hydrogreenn", 240, Phase.Startup, RequestKind.ToolFacilitation, [Bottleneck.Diversity, Bottleneck.Balance], "Seeds of Innovation",
            Provinces.Groningen, 36, PastOutcome.Completed, "Begeleiding van een startsessie met nieuwe partners.", 5,
            Story: new("Een gezamenlijke ambitie in één middag", "De partners hadden elk een eigen doel en geen gedeeld verhaal.",
                "Een facilitator van Seeds of Innovation.", "Er ligt een gedeelde ambitie waar alle partners voor getekend hebben.", NameExpert: true)),
        new("Hydrogreenn", 130, Phase.Startup, RequestKind.Advice, [Bottleneck.Financing], null, Provinces.Groningen, 41, PastOutcome.Withdrawn,
            "Advies over financiering; de provincie heeft inmiddels toegezegd."),
        new("CIV Gebouwde Omgeving Limburg", 210, Phase.Continuation, RequestKind.PeerReview, [Bottleneck.Continuity], "Peer review", Provinces.Limburg, 47,
            PastOutcome.Completed, "Een peer review voordat de subsidie afloopt.", 3, Levels: [3, 3, 2, 2]),
        new("CoE Biobased Economy", 260, Phase.Continuation, RequestKind.Advice, [Bottleneck.Continuity, Bottleneck.Financing], null, Provinces.Zeeland, 52,
            PastOutcome.Completed, "Hoe blijven we bestaan als het Centre of Expertise stopt?", 4),
        new("FiDETT", 190, Phase.Execution, RequestKind.ToolFacilitation, [Bottleneck.Balance], "Reflectie op samenwerken", Provinces.Overijssel, 55,
            PastOutcome.Completed, "Een reflectiesessie over de samenwerking tussen school en installateurs.", 2),
        new("Plant of the Future", 170, Phase.Deepening, RequestKind.PeerReview, [Bottleneck.Balance, Bottleneck.Diversity], "Peer review",
            Provinces.ZuidHolland, 9, PastOutcome.Completed, "Een peer review van de leeromgeving in de haven.", 5, Levels: [4, 4, 5, 3]),
        new("TransAct", 110, Phase.Startup, RequestKind.Advice, [Bottleneck.Certification], null, Provinces.ZuidHolland, 19, PastOutcome.NobodyFound,
            "Advies over erkenning van het leren in de wijk door het hbo."),
    ];

    /// <summary>Good practices staff recorded over the year.</summary>
    private static readonly (string Title, Phase Phase, Bottleneck Bottleneck, string Done, string Brought, string Contact, string? Tool)[] Practices =
    [
        ("Kosten delen naar rato", Phase.Startup, Bottleneck.Financing, "De partners verdeelden de kosten naar het aantal studenten en medewerkers dat meedoet.",
            "Na een jaar betalen alle partners mee en is de LC niet meer van één subsidie afhankelijk.", $"Contact 100% Duurzaam (demo), contact.100duurzaam@{EmailDomain}", null),
        ("Stuurgroep met mkb", Phase.Deepening, Bottleneck.Diversity, "Twee mkb-bedrijven kregen een vaste plek in de stuurgroep, met een vergoeding voor hun tijd.",
            "Het mkb haakt niet meer af en brengt zelf opdrachten in.", $"Contact CoE Smart Sustainable Cities (demo), contact.coesmartsustainablecities@{EmailDomain}", "Partnerschapskaart"),
        ("Jaarlijkse peer review", Phase.Deepening, Bottleneck.Continuity, "De LC laat zich elk jaar door een collega-LC bekijken op de vier dimensies.",
            "De ontwikkeling is zichtbaar voor de partners en de financier.", $"Contact CIV Energie (demo), contact.civenergie@{EmailDomain}", "Peer review"),
    ];

    private void AddHistory(List<LearningCommunity> lcs, List<Tool> tools, List<Expert> experts, Dictionary<string, Account> accounts, DateTimeOffset now)
    {
        GiveHistoryLcsAProfile(lcs, now);
        var staff = accounts[$"staff@{EmailDomain}"].Id;
        var expertAccounts = new Dictionary<int, Account>();
        foreach (var past in History)
        {
            if (lcs.FirstOrDefault(l => l.Name == past.Lc) is not { } lc)
            {
                continue;
            }

            var expert = experts[past.Expert - 1];
            if (!expertAccounts.TryGetValue(past.Expert, out var expertAccount))
            {
                expertAccount = DemoAccount(expert.AccountEmail, expert.DisplayName, now.AddDays(-past.DaysAgo - 30));
                expertAccounts[past.Expert] = expertAccount;
                db.Accounts.Add(expertAccount);
            }

            AddPastRequest(past, lc, tools, expert, (staff, expertAccount.Id), now.AddDays(-past.DaysAgo));
        }

        AddImpactReports(lcs, staff, now);
        foreach (var (title, phase, bottleneck, done, brought, contact, tool) in Practices)
        {
            var toolId = tool is null ? null : tools.FirstOrDefault(t => t.Name == tool)?.Id;
            db.GoodPractices.Add(GoodPractice.Record(new GoodPracticeContent(title, phase, bottleneck, done, brought, contact, toolId), staff, now.AddDays(-60)));
        }
    }

    private static void GiveHistoryLcsAProfile(List<LearningCommunity> lcs, DateTimeOffset now)
    {
        foreach (var (name, phase, sectors, started, mix) in HistoryLcs)
        {
            if (lcs.FirstOrDefault(l => l.Name == name) is { } lc)
            {
                var partnerTypes = mix.Split(' ').Select(m => m.Split(':')).Select(m => new PartnerTypeCount(m[0], int.Parse(m[1], System.Globalization.CultureInfo.InvariantCulture))).ToList();
                lc.Update(new LearningCommunityProfile(lc.Name, lc.Region, lc.Type, lc.Status, phase, lc.PartnerCount, lc.PartnerOrganisations, sectors,
                    [new ContactPerson($"Contact {lc.Name} (demo)", "coördinator", $"contact.{Slug(lc.Name)}@{EmailDomain}", null)], lc.Description,
                    partnerTypes, started), now);
            }
        }
    }

    /// <summary>One past request through the domain's steps: submitted, then matched and completed, or closed without anyone.</summary>
    private void AddPastRequest(PastRequest past, LearningCommunity lc, List<Tool> tools, Expert expert, (AccountId Staff, AccountId Expert) by, DateTimeOffset submitted)
    {
        var tool = past.Tool is null ? null : tools.FirstOrDefault(t => t.Name == past.Tool)?.Id;
        var (start, end) = (DateOnly.FromDateTime(submitted.AddDays(14).UtcDateTime), DateOnly.FromDateTime(submitted.AddDays(70).UtcDateTime));
        var request = SupportRequest.Draft(lc.Id, new RequestDetails(past.Phase, past.Bottlenecks, past.Kind, tool, past.Description, start, end,
            past.Kind == RequestKind.TemporarySupport ? 40 : 16, WorkFormat.Hybrid, past.Province, null, [Language.Nl], 1, []), by.Staff, submitted.AddDays(-2));
        request.Submit(by.Staff, submitted);
        db.SupportRequests.Add(request);
        switch (past.Outcome)
        {
            case PastOutcome.Withdrawn:
                request.Withdraw(by.Staff, "Niet meer nodig: de financiering is rond.", submitted.AddDays(12));
                break;
            case PastOutcome.NobodyFound:
                request.StartMatching(by.Staff, submitted.AddDays(1));
                request.Cancel(by.Staff, "Geen beschikbare expert gevonden.", submitted.AddDays(28));
                break;
            default:
                AddPastEngagement(past, request, expert, by, submitted);
                break;
        }

        request.ClearDomainEvents();
    }

    private void AddPastEngagement(PastRequest past, SupportRequest request, Expert expert, (AccountId Staff, AccountId Expert) by, DateTimeOffset submitted)
    {
        var answered = submitted.AddDays(3 + (past.DaysAgo % 9));
        request.StartMatching(by.Staff, submitted.AddDays(1));
        var proposal = Proposal.Create(request.Id, expert.Id, 1, 0.8, alternate: false, run: null, submitted.AddDays(1));
        proposal.Approve(by.Staff, requireSecondApprover: false, submitted.AddDays(2));
        proposal.Accept(by.Expert, answered);
        request.TakeOnExpert(0, by.Expert, answered);
        var engagement = Engagement.Begin(proposal, request, answered);
        var started = answered.AddDays(14);
        engagement.MarkStarted(started);
        request.MarkInProgress(by.Staff, started);
        var completed = submitted.AddDays(60);
        engagement.Complete(by.Staff, completed);
        request.Complete(by.Staff, completed);
        db.Proposals.Add(proposal);
        db.Engagements.Add(engagement);
        db.EngagementFeedback.Add(EngagementFeedback.Give(engagement, FeedbackRole.Coordinator, by.Staff, past.Rating,
            "Fictieve demofeedback: de expert hielp ons verder.", completed.AddDays(3)));
        db.EngagementFeedback.Add(EngagementFeedback.Give(engagement, FeedbackRole.Expert, by.Expert, Math.Min(5, past.Rating + 1), null, completed.AddDays(4)));
        if (past.Levels is { } levels)
        {
            db.PeerReviewReports.Add(PeerReviewReport.Submit(engagement, "Fictief demoverslag van een peer review.",
                [.. ReviewDimensions.Ordered.Select((d, i) => new DimensionAssessment(d, levels[i], "Fictieve bevinding.", "Fictief advies."))], by.Expert, completed.AddDays(-2)));
        }

        if (past.Story is { } story)
        {
            AddPastStory(story, past, engagement, request.Tool, by, completed);
        }

        proposal.ClearDomainEvents();
        engagement.ClearDomainEvents();
    }

    private void AddPastStory(PastStory story, PastRequest past, Engagement engagement, ToolId? tool, (AccountId Staff, AccountId Expert) by, DateTimeOffset completed)
    {
        var written = Story.Write(engagement, new StoryContent(story.Title, story.WhatWasStuck, story.WhoHelped, story.WhatChanged, past.Phase,
            past.Bottlenecks, tool is { } t ? [t] : [], story.NameExpert), by.Staff, completed.AddDays(5));
        if (story.NameExpert)
        {
            written.RecordExpertConsent(true, completed.AddDays(6));
        }

        written.Submit(completed.AddDays(6));
        written.Publish(by.Staff, completed.AddDays(8));
        db.Stories.Add(written);
    }

    /// <summary>Impact reports for last year (most history LCs) and the year before (some), so the monitor shows a trend and who is missing.</summary>
    private void AddImpactReports(List<LearningCommunity> lcs, AccountId staff, DateTimeOffset now)
    {
        var random = new Random(2028);
        var year = now.Year;
        var reporting = HistoryLcs.Select(h => h.Lc).Concat(["CoE Biobased Economy", "FiDETT", "Plant of the Future"]).ToList();
        for (var i = 0; i < reporting.Count; i++)
        {
            if (lcs.FirstOrDefault(l => l.Name == reporting[i]) is not { } lc)
            {
                continue;
            }

            var filed = new DateTimeOffset(year, 1, 20, 10, 0, 0, TimeSpan.Zero);
            db.ImpactReports.Add(ImpactReport.Submit(lc.Id, Period(year - 1), Figures(random, 1.0), staff, filed < now ? filed : now.AddDays(-30)));
            if (i % 2 == 0)
            {
                db.ImpactReports.Add(ImpactReport.Submit(lc.Id, Period(year - 2), Figures(random, 0.7), staff, filed.AddYears(-1)));
            }
        }
    }

    private static string Period(int year) => year.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static ImpactFigures Figures(Random random, double scale) =>
        new((int)(scale * (10 + random.Next(60))), (int)(scale * (2 + random.Next(25))), random.Next(5), random.Next(4), random.Next(2),
            "Fictief demoverslag: wat de partners dit jaar samen bereikten.");
}
