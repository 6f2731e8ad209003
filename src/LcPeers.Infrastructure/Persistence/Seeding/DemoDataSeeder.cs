using LcPeers.Domain.Accounts;
using LcPeers.Domain.Common;
using LcPeers.Domain.Experts;
using LcPeers.Domain.LearningCommunities;
using LcPeers.Domain.Reference;
using LcPeers.Domain.Requests;
using LcPeers.Domain.Tools;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace LcPeers.Infrastructure.Persistence.Seeding;

/// <summary>
/// Development only, and only into a new database: a clearly fictitious pool of about 60 experts spread over phases,
/// bottlenecks, regions and roles (some tied to seeded LCs' partners, so conflicts of interest show), a few
/// coordinators and requests. Fixed seed: every developer sees the same pool.
/// </summary>
public sealed partial class DemoDataSeeder(LcPeersDbContext db, TimeProvider time, ILogger<DemoDataSeeder> logger) : IDataSeeder
{
    public const string EmailDomain = "demo.lcpeers.example";
    public const int ExpertCount = 60;

    /// <summary>Demo accounts the development sign-in page offers.</summary>
    public static readonly IReadOnlyList<(string Email, string Role, string Name)> DemoUsers =
    [
        ($"staff@{EmailDomain}", "Staff", "Sanne Staf (TSE)"),
        ($"admin@{EmailDomain}", "Admin", "Ad Min (TSE)"),
        ($"coordinator.windopzee@{EmailDomain}", "Coordinator", "Cor Wind (CIV Wind op Zee)"),
        ($"coordinator.seece@{EmailDomain}", "Coordinator", "Sel Eece (SEECE)"),
        ($"expert01@{EmailDomain}", "Expert", "Expert 01"),
        ($"expert02@{EmailDomain}", "Expert", "Expert 02"),
        ($"expert.new@{EmailDomain}", "Expert", "Nieuwe expert (nog geen profiel)"),
    ];

    /// <summary>
    /// A demo user by email: one of <see cref="DemoUsers"/>, or any seeded expert (<c>expert01</c>..<c>expert60</c>), so
    /// whoever staff propose can sign in and answer in the demo.
    /// </summary>
    public static (string Email, string Role, string Name)? FindDemoUser(string? email)
    {
        if (string.IsNullOrWhiteSpace(email))
        {
            return null;
        }

        foreach (var user in DemoUsers)
        {
            if (string.Equals(user.Email, email, StringComparison.OrdinalIgnoreCase))
            {
                return user;
            }
        }

        var at = email.IndexOf('@', StringComparison.Ordinal);
        if (at == 8 && email.StartsWith("expert", StringComparison.OrdinalIgnoreCase)
            && string.Equals(email[(at + 1)..], EmailDomain, StringComparison.OrdinalIgnoreCase)
            && int.TryParse(email.AsSpan(6, 2), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= ExpertCount)
        {
            return (email.ToLowerInvariant(), "Expert", $"Expert {n:00}");
        }

        return null;
    }

    private static readonly string[] FirstNames =
        ["Anna", "Bram", "Carla", "Daan", "Eva", "Frank", "Greet", "Hans", "Ilse", "Joost", "Karin", "Lars", "Marloes", "Niels", "Olga", "Pieter", "Roos", "Sem", "Tineke", "Ugo"];

    private static readonly string[] LastNames =
        ["de Vries", "Jansen", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "de Groot", "Bos", "Vos", "Peters", "Hendriks", "Dekker", "Brouwer"];

    private static readonly string[] Consultancies =
        ["Adviesbureau Noordlicht (demo)", "Verbindingskracht (demo)", "Leerwerkplaats Advies (demo)", "Transitiecoach (demo)", "Katapult Netwerk (demo)", "Zelfstandig (demo)"];

    /// <summary>Partners given to some seeded LCs in the demo, so experts tied to them are conflicted.</summary>
    private static readonly (string Lc, string Phase, string[] Partners, string[] Sectors)[] LcPartners =
    [
        ("CIV Wind op Zee", "execution", ["Scalda (demo)", "HZ Hogeschool (demo)", "Windpark Zeeuws Vlak (demo)"], [Sectors.OffshoreWind]),
        ("SEECE", "deepening", ["HAN (demo)", "Netbeheer Oost (demo)"], [Sectors.SystemIntegration, Sectors.UrbanEnergy]),
        ("Gas erop!", "startup", ["ROC Twente (demo)", "Gasunie Leerbedrijf (demo)"], [Sectors.NewGas]),
        ("CoE Biobased Economy", "continuation", ["Avans (demo)", "HZ Hogeschool (demo)"], [Sectors.BiobasedEconomy]),
        ("FiDETT", "execution", ["Saxion (demo)", "Installatiebedrijf Twente (demo)"], [Sectors.BuildingAndTechnology]),
        ("Plant of the Future", "deepening", ["Albeda (demo)", "Haven Rotterdam Leerlab (demo)"], [Sectors.EnergyAndIndustry]),
        ("TransAct", "startup", ["TU Delft (demo)", "Gemeente Den Haag (demo)"], [Sectors.UrbanEnergy]),
    ];

    public async Task SeedAsync(bool databaseIsNew, CancellationToken ct)
    {
        if (!databaseIsNew || await db.Experts.AnyAsync(ct))
        {
            return;
        }

        var now = time.GetUtcNow();
        var random = new Random(2027);
        var lcs = await db.LearningCommunities.ToListAsync(ct);
        foreach (var (name, phase, partners, sectors) in LcPartners)
        {
            var lc = lcs.FirstOrDefault(l => l.Name == name);
            if (lc is null)
            {
                continue;
            }

            lc.Update(new LearningCommunityProfile(lc.Name, lc.Region, lc.Type, lc.Status, Codes<Phase>.Parse(phase), lc.PartnerCount,
                partners, sectors, [new ContactPerson($"Contact {lc.Name} (demo)", "aanjager", $"contact.{Slug(lc.Name)}@{EmailDomain}", null)], lc.Description), now);
        }

        var accounts = DemoUsers.ToDictionary(u => u.Email, u => DemoAccount(u.Email, u.Name, now));
        db.Accounts.AddRange(accounts.Values);
        var tools = await db.Tools.OrderBy(t => t.Number).ToListAsync(ct);
        var partnerPool = LcPartners.SelectMany(p => p.Partners).Distinct().ToArray();
        var experts = new List<Expert>(ExpertCount);
        for (var i = 1; i <= ExpertCount; i++)
        {
            experts.Add(Expert.Register($"expert{i:00}@{EmailDomain}", DemoExpert(i, random, tools, partnerPool), DemoAvailability(random), AccountId.System, now));
        }

        db.Experts.AddRange(experts);

        foreach (var (email, _, _) in DemoUsers.Where(u => u.Role == "Coordinator"))
        {
            var lcName = email.Contains("windopzee", StringComparison.Ordinal) ? "CIV Wind op Zee" : "SEECE";
            if (lcs.FirstOrDefault(l => l.Name == lcName) is { } lc)
            {
                db.CoordinatorLinks.Add(CoordinatorLink.Create(lc.Id, email, AccountId.System, now));
            }
        }

        AddDemoRequests(lcs, tools, accounts, now);
        AddHistory(lcs, tools, experts, accounts, now);
        await db.SaveChangesAsync(ct);
        LogSeeded(ExpertCount);
    }

    private static ExpertProfile DemoExpert(int i, Random random, IReadOnlyList<Tool> tools, string[] partnerPool)
    {
        var name = $"{FirstNames[(i - 1) % FirstNames.Length]} {LastNames[(i * 7) % LastNames.Length]}";
        var roles = Enum.GetValues<ExpertRole>().Where(_ => random.NextDouble() < 0.4).ToList();
        if (roles.Count == 0)
        {
            roles.Add((ExpertRole)(1 + (i % 4)));
        }

        var organisations = new List<string> { Consultancies[random.Next(Consultancies.Length)] };
        if (i % 6 == 0)
        {
            organisations.Add(partnerPool[random.Next(partnerPool.Length)]); // tied to an LC partner: a conflict of interest there
        }

        var competences = Enum.GetValues<Bottleneck>().Where(_ => random.NextDouble() < 0.45)
            .Select(b => new Competence(b, 1 + random.Next(3))).ToList();
        if (competences.Count == 0)
        {
            competences.Add(new Competence((Bottleneck)(1 + (i % 6)), 2));
        }

        var phases = Enum.GetValues<Phase>().Where(_ => random.NextDouble() < 0.5).Select(p => new PhaseExperience(p, 1 + random.Next(6))).ToList();
        var facilitated = roles.Contains(ExpertRole.Facilitator) || roles.Contains(ExpertRole.PeerReviewer)
            ? tools.Where(t => random.NextDouble() < 0.2 || (roles.Contains(ExpertRole.PeerReviewer) && t.Name == "Peer review")).Select(t => t.Id).ToList()
            : [];
        var home = Provinces.All[random.Next(Provinces.All.Count)];
        var regions = Provinces.All.Where(p => p == home || (Provinces.AreNeighbours(home, p) && random.NextDouble() < 0.5)).ToList();
        var languages = random.NextDouble() < 0.6 ? new[] { Language.Nl, Language.En } : [Language.Nl];

        return new ExpertProfile(
            name,
            $"expert{i:00}@{EmailDomain}",
            organisations,
            roles,
            competences,
            [.. ProcessCompetences.All.Where(_ => random.NextDouble() < 0.25)],
            facilitated,
            phases,
            [.. Sectors.All.Where(_ => random.NextDouble() < 0.25)],
            regions,
            Online: random.NextDouble() < 0.7,
            languages,
            $"Fictief demoprofiel. {name} begeleidt partnerschappen van onderwijs en bedrijfsleven.",
            Consent: i % 15 != 0);
    }

    private static ExpertAvailability DemoAvailability(Random random)
    {
        var periods = new List<AvailabilityPeriod>();
        if (random.NextDouble() < 0.3)
        {
            var start = new DateOnly(2027, 1 + random.Next(10), 1);
            periods.Add(new AvailabilityPeriod(start, start.AddMonths(1).AddDays(-1), available: false));
        }

        return new ExpertAvailability(4 + (4 * random.Next(6)), 1 + random.Next(3), periods);
    }

    private void AddDemoRequests(List<LearningCommunity> lcs, List<Tool> tools, Dictionary<string, Account> accounts, DateTimeOffset now)
    {
        LearningCommunity? Lc(string name) => lcs.FirstOrDefault(l => l.Name == name);
        var by = accounts[$"coordinator.windopzee@{EmailDomain}"].Id;

        if (Lc("CIV Wind op Zee") is { } wind)
        {
            var review = SupportRequest.Draft(wind.Id, new RequestDetails(Phase.Execution, [Bottleneck.Balance, Bottleneck.Diversity], RequestKind.PeerReview, null,
                "We willen een peer review van onze samenwerking: het werken schiet erbij in en het mkb haakt af.",
                new DateOnly(2027, 3, 1), new DateOnly(2027, 5, 31), 32, WorkFormat.Hybrid, Provinces.Zeeland, "Vlissingen", [Language.Nl], 2, []), by, now);
            review.Submit(by, now);
            db.SupportRequests.Add(review);

            db.SupportRequests.Add(SupportRequest.Draft(wind.Id, new RequestDetails(Phase.Execution, [Bottleneck.Certification], RequestKind.Advice, null,
                "Hoe certificeren we korte, modulaire trainingen voor monteurs?", new DateOnly(2027, 4, 1), new DateOnly(2027, 6, 30), 12,
                WorkFormat.Online, null, null, [Language.Nl], 1, []), by, now));
        }

        if (Lc("SEECE") is { } seece && tools.FirstOrDefault(t => t.Name == "Stakeholderanalyse") is { } stakeholders)
        {
            var seeceBy = accounts[$"coordinator.seece@{EmailDomain}"].Id;
            var facilitation = SupportRequest.Draft(seece.Id, new RequestDetails(Phase.Deepening, [Bottleneck.Continuity], RequestKind.ToolFacilitation, stakeholders.Id,
                "Begeleiding van een stakeholderanalyse na twee jaar samenwerken.", new DateOnly(2027, 2, 15), new DateOnly(2027, 4, 15), 20,
                WorkFormat.OnSite, Provinces.Gelderland, "Arnhem", [Language.Nl], 1, []), seeceBy, now);
            facilitation.Submit(seeceBy, now);
            db.SupportRequests.Add(facilitation);
        }

        if (Lc("Gas erop!") is { } gas)
        {
            var gasRequest = SupportRequest.Draft(gas.Id, new RequestDetails(Phase.Startup, [Bottleneck.Financing, Bottleneck.Continuity], RequestKind.TemporarySupport, null,
                "Tijdelijke versterking bij het opzetten van een financieringsstructuur.", new DateOnly(2027, 2, 1), new DateOnly(2027, 7, 31), 48,
                WorkFormat.OnSite, Provinces.Overijssel, "Enschede", [Language.Nl], 1, ["Gasunie Leerbedrijf (demo)"]), accounts["staff@" + EmailDomain].Id, now);
            gasRequest.Submit(accounts["staff@" + EmailDomain].Id, now);
            db.SupportRequests.Add(gasRequest);
        }
    }

    private static Account DemoAccount(string email, string name, DateTimeOffset now)
    {
        var account = Account.Create(email, now);
        account.Rename(name);
        return account;
    }

    private static string Slug(string name) =>
        new([.. name.ToLowerInvariant().Where(char.IsLetterOrDigit)]);

    [LoggerMessage(Level = LogLevel.Information, Message = "Development demo data seeded: {Experts} fictitious experts, coordinators and requests")]
    private partial void LogSeeded(int experts);
}
