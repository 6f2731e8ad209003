using System.Net;
using LcPeers.Api.Tests.Infrastructure;
using LcPeers.Domain.Common;
using MimeKit;

namespace LcPeers.Api.Tests.Workflow;

public sealed class SessionInviteTests(MailFixture factory) : IClassFixture<MailFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static object SessionBody(string start, string end, string? observer = null, string title = "Visitatie") => new
    {
        title,
        start,
        end,
        location = (string?)null,
        onlineUrl = "https://meet.example/lcpeers-visit",
        agenda = "Kennismaking en rondleiding",
        observerEmail = observer,
    };

    private static void AutumnPeriod(Dictionary<string, object?> body)
    {
        body["start"] = "2027-09-01";
        body["end"] = "2027-11-30";
    }

    [Fact]
    public async Task WholePath_ApproveToFeedback_SendsExactlyTheExpectedMails_WithValidInvites()
    {
        var tag = Scenario.NewTag();
        // Sessions fall within the engagement's period; this one spans the change to winter time.
        var s = await new Scenario(factory, tag).WithRequestAsync(shape: AutumnPeriod);
        var (_, _, engagementId) = await s.EngagedAsync(1);
        var expert = Scenario.ExpertContact(tag, 1);
        var observer = $"observer-{tag}@tse.example";
        var participants = new[] { expert, s.CoordinatorEmail, observer };

        // Before the last Sunday of October (CEST, UTC+2).
        var created = await (await s.Coordinator.PostJsonAsync($"/api/engagements/{engagementId}/sessions",
            SessionBody("2027-10-29T10:00:00", "2027-10-29T12:00:00", observer))).ReadJsonAsync(HttpStatusCode.Created);
        var sessionId = created.GetProperty("id").GetGuid();
        var invites = await InvitesAsync(s, m => (m.Subject ?? "").StartsWith("Uitnodiging: Visitatie", StringComparison.Ordinal), 3);

        Assert.Equal(participants.Order(), invites.Select(m => m.To.Mailboxes.Single().Address).Order());
        var uid = AssertInvite(invites, "REQUEST", sequence: 0, localHour: 10, utc: new DateTime(2027, 10, 29, 8, 0, 0, DateTimeKind.Utc), participants);

        factory.Time.Advance(TimeSpan.FromMinutes(1));

        // Moved across the change to winter time (CET, UTC+1): same wall-clock time, same UID, SEQUENCE 1.
        await (await s.Expert(1).PutJsonAsync($"/api/engagements/{engagementId}/sessions/{sessionId}",
            SessionBody("2027-11-01T10:00:00", "2027-11-01T12:00:00", observer))).ReadJsonAsync(HttpStatusCode.OK);
        var updates = await InvitesAsync(s, m => (m.Subject ?? "").StartsWith("Gewijzigd: Visitatie", StringComparison.Ordinal), 3);
        Assert.Equal(uid, AssertInvite(updates, "REQUEST", sequence: 1, localHour: 10, utc: new DateTime(2027, 11, 1, 9, 0, 0, DateTimeKind.Utc), participants));

        factory.Time.Advance(TimeSpan.FromMinutes(1));
        await (await s.Staff.DeleteAsync($"/api/engagements/{engagementId}/sessions/{sessionId}", Ct)).ReadJsonAsync(HttpStatusCode.OK);
        var cancels = await InvitesAsync(s, m => (m.Subject ?? "").StartsWith("Geannuleerd: Visitatie", StringComparison.Ordinal), 3);
        Assert.Equal(uid, AssertInvite(cancels, "CANCEL", sequence: 2, localHour: 10, utc: new DateTime(2027, 11, 1, 9, 0, 0, DateTimeKind.Utc), participants));
        Assert.All(cancels, m => Assert.Equal("CANCELLED", m.Calendar().Events.Single().Status));

        await (await s.Coordinator.PostJsonAsync($"/api/engagements/{engagementId}/feedback", new { rating = 5, comment = "Te vroeg" }))
            .AssertProblemCodeAsync(HttpStatusCode.Conflict, RuleCodes.Feedback.TooEarly);
        await (await s.Expert(1).PostAsync($"/api/engagements/{engagementId}/complete", null, Ct)).AssertProblemCodeAsync(HttpStatusCode.Forbidden, "forbidden");
        var completed = await (await s.Coordinator.PostAsync($"/api/engagements/{engagementId}/complete", null, Ct)).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal("completed", completed.GetProperty("status").GetString());
        var request = await (await s.Coordinator.GetAsync($"/api/requests/{s.RequestId}", Ct)).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal("completed", request.GetProperty("status").GetString());

        await (await s.Coordinator.PostJsonAsync($"/api/engagements/{engagementId}/feedback", new { rating = 6 })).AssertValidationProblemAsync("rating");
        await (await s.Coordinator.PostJsonAsync($"/api/engagements/{engagementId}/feedback", new { rating = 5, comment = "Precies wat we nodig hadden." })).ReadJsonAsync(HttpStatusCode.Created);
        await (await s.Expert(1).PostJsonAsync($"/api/engagements/{engagementId}/feedback", new { rating = 4, comment = "Open en goed voorbereid." })).ReadJsonAsync(HttpStatusCode.Created);
        await (await s.Coordinator.PostJsonAsync($"/api/engagements/{engagementId}/feedback", new { rating = 1 })).AssertProblemCodeAsync(HttpStatusCode.Conflict, RuleCodes.Duplicate);

        var track = await (await s.Staff.GetAsync($"/api/experts/{completed.GetProperty("expertId").GetGuid()}/track-record", Ct)).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(1, track.GetProperty("completedEngagements").GetInt32());
        Assert.Equal(1, track.GetProperty("ratings").GetInt32());
        Assert.Equal(5.0, track.GetProperty("averageRating").GetDouble());

        // Invitation, two introductions, and three participants × (invite, update, cancel): nothing else, nothing twice.
        await Task.Delay(200, Ct);
        var mine = s.Mine(factory.Smtp.Messages);
        Assert.Equal(12, mine.Count);
        Assert.Equal(12, mine.Select(m => m.MessageId).Distinct().Count());
        var audit = await (await s.Staff.GetAsync($"/api/audit?entityId={sessionId}", Ct)).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(["schedule", "reschedule", "cancel"], audit.EnumerateArray().Select(a => a.GetProperty("action").GetString()));
    }

    [Fact]
    public async Task Session_OnTheDaySummerTimeEnds_WithOffsetOrWithout_IsTheSameInstant()
    {
        var tag = Scenario.NewTag();
        var s = await new Scenario(factory, tag).WithRequestAsync("SEECE", AutumnPeriod);
        var (_, _, engagementId) = await s.EngagedAsync(1);

        var local = await (await s.Coordinator.PostJsonAsync($"/api/engagements/{engagementId}/sessions", SessionBody("2027-10-31T10:00:00", "2027-10-31T12:00:00", title: "Zondag lokaal")))
            .ReadJsonAsync(HttpStatusCode.Created);
        var offset = await (await s.Coordinator.PostJsonAsync($"/api/engagements/{engagementId}/sessions", SessionBody("2027-10-31T09:00:00Z", "2027-10-31T11:00:00Z", title: "Zondag UTC")))
            .ReadJsonAsync(HttpStatusCode.Created);

        var engagement = await (await s.Coordinator.GetAsync($"/api/engagements/{engagementId}", Ct)).ReadJsonAsync(HttpStatusCode.OK);
        var sessions = engagement.GetProperty("sessions").EnumerateArray().ToList();
        foreach (var id in new[] { local.GetProperty("id").GetGuid(), offset.GetProperty("id").GetGuid() })
        {
            var session = sessions.Single(x => x.GetProperty("id").GetGuid() == id);
            Assert.Equal(new DateTimeOffset(2027, 10, 31, 9, 0, 0, TimeSpan.Zero), session.GetProperty("start").GetDateTimeOffset());
            Assert.Equal("2027-10-31T10:00:00", session.GetProperty("localStart").GetString());
            Assert.Equal("scheduled", session.GetProperty("status").GetString());
        }

        var invite = (await InvitesAsync(s, m => (m.Subject ?? "").Contains("Zondag UTC", StringComparison.Ordinal), 2))[0];
        var ev = invite.Calendar().Events.Single();
        Assert.Equal(10, ev.DtStart!.Hour);
        Assert.Equal("Europe/Amsterdam", ev.DtStart.TzId);
    }

    [Theory]
    [InlineData("not a date", "2027-10-31T12:00:00", "start")]
    [InlineData("2027-10-31T12:00:00", "2027-10-31T10:00:00", "end")]
    [InlineData("2027-03-28T02:30:00", "2027-03-28T04:00:00", "start")] // does not exist: clocks jump from 02:00 to 03:00
    public async Task Schedule_BadTimes_Is400NamingTheField(string start, string end, string field)
    {
        var s = await new Scenario(factory, Scenario.NewTag()).WithRequestAsync("TransAct");
        var (_, _, engagementId) = await s.EngagedAsync(1);

        await (await s.Coordinator.PostJsonAsync($"/api/engagements/{engagementId}/sessions", SessionBody(start, end))).AssertValidationProblemAsync(field);
    }

    [Fact]
    public async Task Sessions_AreForParticipantsOnly()
    {
        var tag = Scenario.NewTag();
        var s = await new Scenario(factory, tag).WithRequestAsync("GreenVillage");
        var (_, _, engagementId) = await s.EngagedAsync(1);
        await s.RegisterExpertAsync(2);
        var stranger = factory.ClientAs($"other-{tag}@lc.example", "Coordinator");

        Assert.Equal(HttpStatusCode.Forbidden, (await stranger.PostJsonAsync($"/api/engagements/{engagementId}/sessions", SessionBody("2027-06-01T10:00:00", "2027-06-01T11:00:00"))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await s.Expert(2).PostJsonAsync($"/api/engagements/{engagementId}/sessions", SessionBody("2027-06-01T10:00:00", "2027-06-01T11:00:00"))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await stranger.GetAsync($"/api/engagements/{engagementId}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await s.Staff.GetAsync($"/api/engagements/{Guid.NewGuid()}", Ct)).StatusCode);
    }

    [Fact]
    public async Task PeerReview_GetsAPlannedIntakeVisitAndFeedback_InvitesOnlyWhenDated_AndKeepsReportsOnTheLcProfile()
    {
        var tag = Scenario.NewTag();
        var s = await new Scenario(factory, tag).WithRequestAsync("Gas erop!", b => b["kind"] = "peer-review");
        var (_, _, engagementId) = await s.EngagedAsync(1);

        var engagement = await (await s.Coordinator.GetAsync($"/api/engagements/{engagementId}", Ct)).ReadJsonAsync(HttpStatusCode.OK);
        var plan = engagement.GetProperty("sessions").EnumerateArray().ToList();
        Assert.Equal(["intake", "visit", "feedback"], plan.Select(p => p.GetProperty("kind").GetString()));
        Assert.All(plan, p => Assert.Equal("planned", p.GetProperty("status").GetString()));
        var intake = plan[0].GetProperty("id").GetGuid();

        await (await s.Coordinator.PutJsonAsync($"/api/engagements/{engagementId}/sessions/{intake}",
            new { start = "2027-02-10T14:00:00", end = "2027-02-10T15:00:00", onlineUrl = "https://meet.example/intake" })).ReadJsonAsync(HttpStatusCode.OK);
        var invites = await InvitesAsync(s, m => m.Subject == "Uitnodiging: Intake", 2);
        AssertInvite(invites, "REQUEST", sequence: 0, localHour: 14, utc: new DateTime(2027, 2, 10, 13, 0, 0, DateTimeKind.Utc), [Scenario.ExpertContact(tag, 1), s.CoordinatorEmail]);
        await (await s.Coordinator.DeleteAsync($"/api/engagements/{engagementId}/sessions/{plan[2].GetProperty("id").GetGuid()}", Ct)).ReadJsonAsync(HttpStatusCode.OK);

        var dimensions = new[] { "vision-and-ambition", "collaboration-and-governance", "learning-working-innovating", "continuity-and-embedding" }
            .Select((d, i) => new { dimension = d, level = i + 2, findings = $"Bevinding {d}", advice = $"Advies {d}" }).ToArray();
        await (await s.Coordinator.PostJsonAsync($"/api/engagements/{engagementId}/report", new { dimensions })).AssertProblemCodeAsync(HttpStatusCode.Forbidden, "forbidden");
        await (await s.Expert(1).PostJsonAsync($"/api/engagements/{engagementId}/report", new { dimensions = dimensions[..3] })).AssertValidationProblemAsync("dimensions");
        await (await s.Expert(1).PostJsonAsync($"/api/engagements/{engagementId}/report", new { summary = "Een jonge, energieke samenwerking.", dimensions }))
            .ReadJsonAsync(HttpStatusCode.Created);

        var reviews = await (await s.Coordinator.GetAsync($"/api/learning-communities/{s.LcId}/reviews", Ct)).ReadJsonAsync(HttpStatusCode.OK);
        var review = Assert.Single(reviews.EnumerateArray());
        Assert.False(review.TryGetProperty("grade", out _));
        var first = review.GetProperty("dimensions").EnumerateArray().First();
        Assert.Equal("vision-and-ambition", first.GetProperty("dimension").GetString());
        Assert.Equal("Visie en ambitie", first.GetProperty("label").GetProperty("nl").GetString());
        Assert.Equal(2, first.GetProperty("level").GetInt32());
        Assert.Equal(HttpStatusCode.Forbidden, (await factory.ClientAs($"x-{tag}@lc.example", "Coordinator").GetAsync($"/api/learning-communities/{s.LcId}/reviews", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.CreateClient().GetAsync($"/api/learning-communities/{s.LcId}/reviews", Ct)).StatusCode);
        var labels = await (await factory.CreateClient().GetAsync("/api/reference/review-dimensions", Ct)).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(4, labels.GetArrayLength());
    }

    [Fact]
    public async Task Complete_CancelsSessionsStillAhead_WithACancellationToEveryone()
    {
        var tag = Scenario.NewTag();
        var s = await new Scenario(factory, tag).WithRequestAsync("Scale");
        var (_, _, engagementId) = await s.EngagedAsync(1);
        var created = await (await s.Coordinator.PostJsonAsync($"/api/engagements/{engagementId}/sessions", SessionBody("2027-04-01T10:00:00", "2027-04-01T11:00:00", title: "Slot")))
            .ReadJsonAsync(HttpStatusCode.Created);
        await InvitesAsync(s, m => m.Subject == "Uitnodiging: Slot", 2);

        await (await s.Staff.PostAsync($"/api/engagements/{engagementId}/complete", null, Ct)).ReadJsonAsync(HttpStatusCode.OK);

        var cancels = await InvitesAsync(s, m => m.Subject == "Geannuleerd: Slot", 2);
        AssertInvite(cancels, "CANCEL", sequence: 1, localHour: 10, utc: new DateTime(2027, 4, 1, 8, 0, 0, DateTimeKind.Utc), [Scenario.ExpertContact(tag, 1), s.CoordinatorEmail]);
        var engagement = await (await s.Coordinator.GetAsync($"/api/engagements/{engagementId}", Ct)).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal("cancelled", engagement.GetProperty("sessions").EnumerateArray().Single(x => x.GetProperty("id").GetGuid() == created.GetProperty("id").GetGuid()).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Complete_WithSessionsAheadAndPlanned_SendsOneCancellationPerParticipant_AndOneAuditEntryPerSession()
    {
        var tag = Scenario.NewTag();
        var s = await new Scenario(factory, tag).WithRequestAsync("SEECE", b => b["kind"] = "peer-review");
        var (_, _, engagementId) = await s.EngagedAsync(1);
        var engagement = await (await s.Coordinator.GetAsync($"/api/engagements/{engagementId}", Ct)).ReadJsonAsync(HttpStatusCode.OK);
        var intake = engagement.GetProperty("sessions").EnumerateArray().First().GetProperty("id").GetGuid();
        await (await s.Coordinator.PutJsonAsync($"/api/engagements/{engagementId}/sessions/{intake}", SessionBody("2027-04-02T10:00:00", "2027-04-02T11:00:00", title: "Intake")))
            .ReadJsonAsync(HttpStatusCode.OK);
        await InvitesAsync(s, m => m.Subject == "Uitnodiging: Intake", 2);

        factory.Time.Advance(TimeSpan.FromMinutes(1));
        await (await s.Staff.PostAsync($"/api/engagements/{engagementId}/complete", null, Ct)).ReadJsonAsync(HttpStatusCode.OK);

        await InvitesAsync(s, m => (m.Subject ?? "").StartsWith("Geannuleerd:", StringComparison.Ordinal), 2);
        await Task.Delay(200, Ct);
        var cancels = s.Mine(factory.Smtp.Messages).Where(m => (m.Subject ?? "").StartsWith("Geannuleerd:", StringComparison.Ordinal)).ToList();
        Assert.Equal("Geannuleerd: Intake", Assert.Single(cancels.Select(m => m.Subject).Distinct()));
        Assert.Equal([Scenario.ExpertContact(tag, 1), s.CoordinatorEmail], cancels.Select(m => m.To.Mailboxes.Single().Address).Order());

        var sessions = (await (await s.Coordinator.GetAsync($"/api/engagements/{engagementId}", Ct)).ReadJsonAsync(HttpStatusCode.OK)).GetProperty("sessions").EnumerateArray()
            .Select(x => x.GetProperty("id").GetGuid()).ToList();
        Assert.Equal(3, sessions.Count);
        foreach (var session in sessions)
        {
            var audit = (await (await s.Staff.GetAsync($"/api/audit?entityId={session}", Ct)).ReadJsonAsync(HttpStatusCode.OK)).EnumerateArray().ToList();
            var cancel = Assert.Single(audit, a => a.GetProperty("action").GetString() == "cancel");
            Assert.Equal("The engagement was completed.", cancel.GetProperty("reason").GetString());
        }
    }

    [Fact]
    public async Task Report_OnANonPeerReview_Is409()
    {
        var s = await new Scenario(factory, Scenario.NewTag()).WithRequestAsync("Connectr");
        var (_, _, engagementId) = await s.EngagedAsync(1);
        var dimensions = new[] { "vision-and-ambition", "collaboration-and-governance", "learning-working-innovating", "continuity-and-embedding" }
            .Select(d => new { dimension = d, level = 3, findings = "f", advice = "a" }).ToArray();

        await (await s.Expert(1).PostJsonAsync($"/api/engagements/{engagementId}/report", new { dimensions })).AssertProblemCodeAsync(HttpStatusCode.Conflict, RuleCodes.Report.NotPeerReview);
    }

    private async Task<List<MimeMessage>> InvitesAsync(Scenario s, Func<MimeMessage, bool> which, int count)
    {
        var all = await factory.Smtp.WaitForAsync(m => s.Mine(m).Count(x => which(x)) >= count, $"{count} matching messages");
        return [.. s.Mine(all).Where(which)];
    }

    /// <returns>The UID, the same in every message.</returns>
    private static string AssertInvite(IReadOnlyList<MimeMessage> messages, string method, int sequence, int localHour, DateTime utc, IReadOnlyCollection<string> attendees)
    {
        var uids = new HashSet<string>();
        foreach (var message in messages)
        {
            var part = message.CalendarPart();
            Assert.NotNull(part);
            Assert.Equal(method, part.ContentType.Parameters["method"]);
            var attachment = message.IcsAttachment();
            Assert.NotNull(attachment);

            var calendar = message.Calendar();
            Assert.Equal(method, calendar.Method);
            var tz = Assert.Single(calendar.TimeZones);
            Assert.Equal("Europe/Amsterdam", tz.TzId);
            var raw = part.Text;
            Assert.Contains("BEGIN:STANDARD", raw, StringComparison.Ordinal);
            Assert.Contains("BEGIN:DAYLIGHT", raw, StringComparison.Ordinal);
            Assert.Contains("DTSTART;TZID=Europe/Amsterdam:", raw, StringComparison.Ordinal);

            var ev = Assert.Single(calendar.Events);
            Assert.Equal(sequence, ev.Sequence);
            Assert.Equal("Europe/Amsterdam", ev.DtStart!.TzId);
            Assert.Equal(localHour, ev.DtStart.Hour);
            Assert.Equal(utc, ev.DtStart.AsUtc);
            Assert.Equal("mailto:noreply@lcpeers.example", ev.Organizer!.Value!.ToString());
            Assert.Equal(attendees.Select(a => $"mailto:{a}").Order(), ev.Attendees.Select(a => a.Value!.ToString()).Order());
            Assert.All(ev.Attendees, a => Assert.True(a.Rsvp));
            uids.Add(ev.Uid!);

            using var stream = new MemoryStream();
            attachment.Content!.DecodeTo(stream);
            var fromAttachment = Ical.Net.Calendar.Load(System.Text.Encoding.UTF8.GetString(stream.ToArray()))!;
            Assert.Equal(ev.Uid, fromAttachment.Events.Single().Uid);
        }

        return Assert.Single(uids);
    }
}
