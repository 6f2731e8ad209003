using System.Net;
using LcPeers.Domain.Experts;
using LcPeers.Domain.Matching;
using LcPeers.Domain.Requests;
using LcPeers.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace LcPeers.Api.Tests.Infrastructure;

/// <summary>
/// Builds the state the workflow starts from: an LC with a coordinator, experts, a submitted request (through the API),
/// and proposals written straight into the database (creating proposals is another feature's job).
/// </summary>
internal sealed class Scenario(LcPeersApiFactory factory, string tag, string? coordinatorName = null)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public string CoordinatorEmail => $"coord-{tag}@lc.example";

    public HttpClient Staff { get; } = factory.StaffClient();

    public HttpClient Coordinator => coordinatorName is null
        ? factory.ClientAs(CoordinatorEmail, "Coordinator")
        : factory.NamedClientAs(CoordinatorEmail, coordinatorName, "Coordinator");

    public Guid LcId { get; private set; }

    public Guid RequestId { get; private set; }

    public static string NewTag() => Guid.NewGuid().ToString("N")[..8];

    public static string ExpertAccount(string tag, int n) => $"expert{n}-{tag}@experts.example";

    public static string ExpertContact(string tag, int n) => $"contact{n}-{tag}@experts.example";

    public HttpClient Expert(int n) => factory.ClientAs(ExpertAccount(tag, n), "Expert");

    public async Task<Scenario> WithRequestAsync(string lcName = "CIV Wind op Zee", Action<Dictionary<string, object?>>? shape = null)
    {
        var page = await (await factory.CreateClient().GetAsync($"/api/learning-communities?q={Uri.EscapeDataString(lcName)}", Ct)).ReadJsonAsync(HttpStatusCode.OK);
        LcId = page.GetProperty("items").EnumerateArray().First(i => i.GetProperty("name").GetString() == lcName).GetProperty("id").GetGuid();
        var link = await Staff.PutAsync($"/api/learning-communities/{LcId}/coordinators/{CoordinatorEmail}", null, Ct);
        Assert.Equal(HttpStatusCode.NoContent, link.StatusCode);

        var body = Bodies.Request(LcId);
        shape?.Invoke(body);
        RequestId = (await (await Coordinator.PostJsonAsync("/api/requests", body)).ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        await (await Coordinator.PostAsync($"/api/requests/{RequestId}/submit", null, Ct)).ReadJsonAsync(HttpStatusCode.OK);
        return this;
    }

    public async Task<Guid> RegisterExpertAsync(int n, string[]? languages = null)
    {
        var body = Bodies.Expert($"Expert {n} {tag}", ExpertContact(tag, n));
        if (languages is not null)
        {
            body["languages"] = languages;
        }

        return (await (await Expert(n).PostJsonAsync("/api/experts", body)).ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
    }

    /// <summary>Writes proposals for the request, in rank order.</summary>
    public async Task<List<Guid>> ProposeAsync(params (Guid Expert, bool Alternate)[] candidates)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LcPeersDbContext>();
        var now = factory.Time.GetUtcNow();
        var ids = new List<Guid>();
        var rank = 1;
        foreach (var (expert, alternate) in candidates)
        {
            var proposal = Proposal.Create(new SupportRequestId(RequestId), new ExpertId(expert), rank, 1.0 / rank, alternate, null, now);
            rank++;
            db.Proposals.Add(proposal);
            ids.Add(proposal.Id.Value);
        }

        await db.SaveChangesAsync(Ct);
        return ids;
    }

    public async Task<T> InDbAsync<T>(Func<LcPeersDbContext, Task<T>> read)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await read(scope.ServiceProvider.GetRequiredService<LcPeersDbContext>());
    }

    /// <summary>Approve, accept: an engagement for expert <paramref name="n"/>.</summary>
    public async Task<(Guid ExpertId, Guid ProposalId, Guid EngagementId)> EngagedAsync(int n = 1)
    {
        var expertId = await RegisterExpertAsync(n);
        var proposal = (await ProposeAsync((expertId, false)))[0];
        await (await Staff.PostAsync($"/api/proposals/{proposal}/approve", null, Ct)).ReadJsonAsync(HttpStatusCode.OK);
        var accepted = await (await Expert(n).PostAsync($"/api/proposals/{proposal}/accept", null, Ct)).ReadJsonAsync(HttpStatusCode.OK);
        return (expertId, proposal, accepted.GetProperty("engagementId").GetGuid());
    }

    /// <summary>Expert <paramref name="n"/> files the engagement's peer-review report: one level per dimension, in the order of <see cref="Domain.Engagements.ReviewDimensions.Ordered"/>.</summary>
    public async Task FileReportAsync(Guid engagement, int[] levels, int n = 1, string findings = "Bevinding")
    {
        var dimensions = Domain.Engagements.ReviewDimensions.Ordered.Select((d, i) => new { dimension = d, level = levels[i], findings, advice = "Advies" }).ToArray();
        await (await Expert(n).PostJsonAsync($"/api/engagements/{engagement}/report", new { dimensions })).ReadJsonAsync(HttpStatusCode.Created);
    }

    /// <summary>The messages of this scenario: those addressed to its coordinator or its experts.</summary>
    public List<MimeMessage> Mine(IEnumerable<MimeMessage> messages) =>
        [.. messages.Where(m => m.To.Mailboxes.Any(a => a.Address.Contains(tag, StringComparison.Ordinal)))];

    public static async Task<int> CountAsync(LcPeersApiFactory factory, Func<LcPeersDbContext, Task<int>> count)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await count(scope.ServiceProvider.GetRequiredService<LcPeersDbContext>());
    }
}

internal static class MailAssertions
{
    public static TextPart? CalendarPart(this MimeMessage message) =>
        message.BodyParts.OfType<TextPart>().FirstOrDefault(p => p.ContentType.IsMimeType("text", "calendar") && !p.IsAttachment);

    public static MimePart? IcsAttachment(this MimeMessage message) =>
        message.Attachments.OfType<MimePart>().FirstOrDefault(p => p.FileName?.EndsWith(".ics", StringComparison.Ordinal) == true);

    public static Ical.Net.Calendar Calendar(this MimeMessage message)
    {
        var part = message.CalendarPart() ?? throw new InvalidOperationException($"'{message.Subject}' has no text/calendar part.");
        return Ical.Net.Calendar.Load(part.Text) ?? throw new InvalidOperationException("The calendar did not parse.");
    }

    public static string AllText(this MimeMessage message) => (message.TextBody ?? "") + (message.HtmlBody ?? "");

    public static bool IsTo(this MimeMessage message, string address) =>
        message.To.Mailboxes.Any(a => string.Equals(a.Address, address, StringComparison.OrdinalIgnoreCase));
}
