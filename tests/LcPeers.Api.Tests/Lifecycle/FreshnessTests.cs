using System.Net;
using LcPeers.Api.Tests.Infrastructure;
using LcPeers.Application.Notifications;
using LcPeers.Domain.Experts;
using LcPeers.Domain.LearningCommunities;
using Microsoft.EntityFrameworkCore;

namespace LcPeers.Api.Tests.Lifecycle;

/// <summary>
/// A host asking experts every 10 days and LC coordinators every 20 days, with a 3-day answer window and no quiet
/// hours (the shared clock may land anywhere in a week); the test drives each sweep.
/// </summary>
public sealed class FreshnessFixture() : AnswerWindowFixture(
    ("Lifecycle:AvailabilityConfirmInterval", "10.00:00:00"),
    ("Lifecycle:DirectoryConfirmInterval", "20.00:00:00"),
    ("Lifecycle:ConfirmationAnswerWindow", "3.00:00:00"),
    ("Lifecycle:QuietHoursStart", "08:00"),
    ("Lifecycle:QuietHoursEnd", "08:00"),
    ("Lifecycle:QuietWeekends", "false"),
    ("Lifecycle:JobEnabled", "false"));

public sealed class FreshnessTests(FreshnessFixture factory) : IClassFixture<FreshnessFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);

    [Fact]
    public async Task Expert_IsAskedOnceAfterTheInterval_AgainAfterTheWindow_ThenStale_AndConfirmingClearsIt()
    {
        var tag = Scenario.NewTag();
        var s = new Scenario(factory, tag);
        var expertId = await s.RegisterExpertAsync(1, ["en"]);
        var start = factory.Time.GetUtcNow();

        factory.Time.Advance(TimeSpan.FromDays(10) - Minute);
        await factory.SweepAsync();
        Assert.Empty(await RequestsAsync(s, expertId));

        // Due: one request, however many sweeps (at once, as two instances would, or later within the window).
        factory.Time.Advance(2 * Minute);
        await Task.WhenAll(factory.SweepAsync(), factory.SweepAsync(), factory.SweepAsync());
        factory.Time.Advance(TimeSpan.FromDays(2));
        await factory.SweepAsync();
        var first = Assert.Single(await RequestsAsync(s, expertId));
        Assert.Equal($"expert.confirm-availability:{expertId}:{start.UtcTicks}:1", first.DeduplicationKey);
        Assert.Equal("en", first.Language);
        Assert.Equal("Is your availability still correct?", first.Subject);
        Assert.Contains("/expert/availability?confirm=true", first.TextBody, StringComparison.Ordinal);
        var mail = await factory.Smtp.WaitForAsync(m => m.Any(x => x.IsTo(Scenario.ExpertContact(tag, 1))), "the first confirmation request");
        Assert.Contains("/expert/availability?confirm=true", mail.First(x => x.IsTo(Scenario.ExpertContact(tag, 1))).HtmlBody, StringComparison.Ordinal);

        // The answer window (3 days after the first) passes unanswered: the second request, once.
        factory.Time.Advance(TimeSpan.FromDays(1));
        await Task.WhenAll(factory.SweepAsync(), factory.SweepAsync());
        await factory.SweepAsync();
        var requests = await RequestsAsync(s, expertId);
        Assert.Equal(2, requests.Count);
        Assert.EndsWith(":2", requests[1].DeduplicationKey, StringComparison.Ordinal);
        Assert.False((await MeAsync(s)).GetProperty("stale").GetBoolean());

        // Unanswered after the second too: stale, and staff can list it; nothing more is sent.
        factory.Time.Advance(TimeSpan.FromDays(3));
        await factory.SweepAsync();
        await factory.SweepAsync();
        Assert.True((await MeAsync(s)).GetProperty("stale").GetBoolean());
        Assert.Equal(2, (await RequestsAsync(s, expertId)).Count);
        var staleList = await (await s.Staff.GetAsync($"/api/experts?stale=true&q={tag}", Ct)).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(expertId, Assert.Single(staleList.GetProperty("items").EnumerateArray()).GetProperty("id").GetGuid());

        // "Ja, klopt nog": fresh again, from now; a new cycle starts.
        var confirmed = await (await s.Expert(1).PostAsync("/api/experts/me/availability/confirm", null, Ct)).ReadJsonAsync(HttpStatusCode.OK);
        Assert.False(confirmed.GetProperty("stale").GetBoolean());
        Assert.Equal(factory.Time.GetUtcNow(), confirmed.GetProperty("availabilityConfirmedAt").GetDateTimeOffset());
        var fresh = await (await s.Staff.GetAsync($"/api/experts?stale=true&q={tag}", Ct)).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Empty(fresh.GetProperty("items").EnumerateArray());
        var expert = await s.InDbAsync(db => db.Experts.AsNoTracking().FirstAsync(e => e.Id == new ExpertId(expertId), Ct));
        Assert.Equal(0, expert.ConfirmationRequestsSent);
    }

    [Fact]
    public async Task Expert_WhoEditsTheirAvailability_IsNotAsked()
    {
        var tag = Scenario.NewTag();
        var s = new Scenario(factory, tag);
        var expertId = await s.RegisterExpertAsync(1);
        factory.Time.Advance(TimeSpan.FromDays(6));
        var me = await MeAsync(s);
        var body = new { hoursPerMonth = 12, maxConcurrentEngagements = 1, availability = Array.Empty<object>(), version = me.GetProperty("version").GetInt32() };
        await (await s.Expert(1).PutJsonAsync($"/api/experts/{expertId}/availability", body)).ReadJsonAsync(HttpStatusCode.OK);

        factory.Time.Advance(TimeSpan.FromDays(5));
        await factory.SweepAsync();

        Assert.Empty(await RequestsAsync(s, expertId));
    }

    [Fact]
    public async Task Directory_CoordinatorsAreAsked_ThenStale_AndTheirConfirmClearsIt_OthersMayNot()
    {
        var tag = Scenario.NewTag();
        var s = new Scenario(factory, tag);
        var lcId = (await (await s.Staff.PostJsonAsync("/api/learning-communities", new { name = $"Versheid LC {tag}" })).ReadJsonAsync(HttpStatusCode.Created))
            .GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.NoContent, (await s.Staff.PutAsync($"/api/learning-communities/{lcId}/coordinators/{s.CoordinatorEmail}", null, Ct)).StatusCode);
        var created = factory.Time.GetUtcNow();

        factory.Time.Advance(TimeSpan.FromDays(20) + Minute);
        await Task.WhenAll(factory.SweepAsync(), factory.SweepAsync());
        var first = Assert.Single(await DirectoryRequestsAsync(s, lcId));
        Assert.Equal($"lc.confirm-directory:{lcId}:{created.UtcTicks}:1:{s.CoordinatorEmail}", first.DeduplicationKey);
        Assert.Contains($"/coordinator/learning-communities?confirm={lcId}", first.TextBody, StringComparison.Ordinal);

        factory.Time.Advance(TimeSpan.FromDays(3));
        await factory.SweepAsync();
        Assert.Equal(2, (await DirectoryRequestsAsync(s, lcId)).Count);
        factory.Time.Advance(TimeSpan.FromDays(3));
        await factory.SweepAsync();
        var lc = await (await s.Staff.GetAsync($"/api/learning-communities/{lcId}", Ct)).ReadJsonAsync(HttpStatusCode.OK);
        Assert.True(lc.GetProperty("stale").GetBoolean());
        Assert.Equal(created, lc.GetProperty("confirmedAt").GetDateTimeOffset());

        // A coordinator of another LC may not confirm it; its own coordinator may.
        var other = factory.ClientAs($"other-{tag}@lc.example", "Coordinator");
        Assert.Equal(HttpStatusCode.Forbidden, (await other.PostAsync($"/api/learning-communities/{lcId}/confirm", null, Ct)).StatusCode);
        var confirmed = await (await s.Coordinator.PostAsync($"/api/learning-communities/{lcId}/confirm", null, Ct)).ReadJsonAsync(HttpStatusCode.OK);
        Assert.False(confirmed.GetProperty("stale").GetBoolean());
        Assert.Equal(factory.Time.GetUtcNow(), confirmed.GetProperty("confirmedAt").GetDateTimeOffset());
        var entry = await s.InDbAsync(db => db.LearningCommunities.AsNoTracking().FirstAsync(x => x.Id == new LearningCommunityId(lcId), Ct));
        Assert.Equal(0, entry.DirectoryConfirmationRequestsSent);
        Assert.Equal(HttpStatusCode.NotFound, (await s.Staff.PostAsync($"/api/learning-communities/{Guid.NewGuid()}/confirm", null, Ct)).StatusCode);
    }

    private static async Task<System.Text.Json.JsonElement> MeAsync(Scenario s) =>
        await (await s.Expert(1).GetAsync("/api/experts/me", Ct)).ReadJsonAsync(HttpStatusCode.OK);

    private static Task<List<Domain.Messaging.OutboxEmail>> RequestsAsync(Scenario s, Guid expertId) =>
        s.InDbAsync(db => db.OutboxEmails.AsNoTracking()
            .Where(o => o.Kind == NudgeNotifier.ExpertConfirmAvailabilityKind && o.RelatedEntityId == expertId).OrderBy(o => o.CreatedAt).ToListAsync(Ct));

    private static Task<List<Domain.Messaging.OutboxEmail>> DirectoryRequestsAsync(Scenario s, Guid lcId) =>
        s.InDbAsync(db => db.OutboxEmails.AsNoTracking()
            .Where(o => o.Kind == NudgeNotifier.DirectoryConfirmKind && o.RelatedEntityId == lcId).OrderBy(o => o.CreatedAt).ToListAsync(Ct));
}
