using LcPeers.Application.Common;
using LcPeers.Application.Common.Calendar;
using LcPeers.Application.Common.Email;
using LcPeers.Domain.Engagements;
using LcPeers.Domain.Experts;
using LcPeers.Domain.LearningCommunities;
using LcPeers.Domain.Matching;
using LcPeers.Domain.Messaging;
using LcPeers.Domain.Requests;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LcPeers.Application.Notifications;

/// <summary>Who takes part in an engagement: the expert and the LC's coordinators (addresses, and names where an account holds one).</summary>
internal sealed record Participants(Expert Expert, string LcName, IReadOnlyList<string> Coordinators, IReadOnlyList<CalendarPerson> CoordinatorPeople);

/// <summary>
/// Queues the workflow's emails in the outbox. Adds rows to the unit of work only: the handler's one save stores them
/// with the change that causes them, and the dispatcher sends them afterwards.
/// </summary>
internal sealed class Notifier(ILcPeersDb db, ICalendarInviteBuilder calendar, IOptions<EmailOptions> options, AppLinks links)
{
    /// <summary>Outbox kind of the email telling an expert their invitation lapsed.</summary>
    public const string InvitationWithdrawnKind = "proposal.invitation-withdrawn";

    public const string AnswerReminderKind = "proposal.answer-reminder";
    public const string InvitationExpiredKind = "proposal.invitation-expired";
    public const string RequestSubmittedKind = "request.submitted";
    public const string NoCandidatesKind = "request.no-candidates";
    public const string StaffDigestKind = "staff.digest";

    public async Task<Participants> ParticipantsAsync(ExpertId expertId, LearningCommunityId lcId, CancellationToken ct)
    {
        var expert = await db.Experts.AsNoTracking().FirstAsync(e => e.Id == expertId, ct);
        var lcName = await db.LearningCommunities.Where(lc => lc.Id == lcId).Select(lc => lc.Name).FirstAsync(ct);
        var people = await CoordinatorPeopleAsync(lcId, ct);
        return new Participants(expert, lcName, [.. people.Select(c => c.Email)], people);
    }

    /// <summary>Invites the expert of an approved proposal (the LC and the help asked; nobody's contact details).</summary>
    public async Task InviteExpertAsync(Proposal proposal, DateTimeOffset now, CancellationToken ct)
    {
        if (await InvitedExpertAsync(proposal, ct) is not { } m)
        {
            return;
        }

        var r = m.Request;
        var terms = r.Terms;
        var facts = new RequestFacts(m.LcName, terms.Kind, terms.Phase, r.Description, terms.Start, terms.End, terms.Hours, terms.Format, r.Region);
        Queue("proposal.invitation", $"invitation:{proposal.Id}", proposal.Id.Value, m.To, m.Expert.DisplayName, m.Lang,
            EmailTemplates.Invitation(m.Lang, m.Expert.DisplayName, facts, links.Invitation(proposal.Id)), null, null, now);
    }

    /// <summary>Tells the expert that their open invitation lapsed because the request was withdrawn or cancelled.</summary>
    public async Task InvitationWithdrawnAsync(Proposal proposal, DateTimeOffset now, CancellationToken ct)
    {
        if (await InvitedExpertAsync(proposal, ct) is not { } m)
        {
            return;
        }

        Queue(InvitationWithdrawnKind, $"invitation-withdrawn:{proposal.Id}", proposal.Id.Value, m.To, m.Expert.DisplayName, m.Lang,
            EmailTemplates.InvitationWithdrawn(m.Lang, m.Expert.DisplayName, m.LcName, m.Request.Status == RequestStatus.Cancelled), null, null, now);
    }

    /// <summary>Halfway through the answer window: one reminder to the invited expert.</summary>
    public async Task AnswerReminderAsync(Proposal proposal, DateTimeOffset now, CancellationToken ct)
    {
        if (proposal.AnswerBy is not { } answerBy || await InvitedExpertAsync(proposal, ct) is not { } m)
        {
            return;
        }

        Queue(AnswerReminderKind, $"invitation-reminder:{proposal.Id}", proposal.Id.Value, m.To, m.Expert.DisplayName, m.Lang,
            EmailTemplates.AnswerReminder(m.Lang, m.Expert.DisplayName, m.LcName, answerBy), null, null, now);
    }

    /// <summary>The answer window closed unanswered: the expert hears, kindly, that they are no longer needed.</summary>
    public async Task InvitationExpiredAsync(Proposal proposal, DateTimeOffset now, CancellationToken ct)
    {
        if (await InvitedExpertAsync(proposal, ct) is not { } m)
        {
            return;
        }

        Queue(InvitationExpiredKind, $"invitation-expired:{proposal.Id}", proposal.Id.Value, m.To, m.Expert.DisplayName, m.Lang,
            EmailTemplates.InvitationExpired(m.Lang, m.Expert.DisplayName, m.LcName), null, null, now);
    }

    /// <summary>Each coordinator of the LC is told the request is in (once per submission).</summary>
    public async Task RequestSubmittedAsync(SupportRequest request, DateTimeOffset now, CancellationToken ct)
    {
        var (lcName, coordinators) = await CoordinatorsAsync(request, ct);
        foreach (var coordinator in coordinators)
        {
            await QueueOnceAsync(RequestSubmittedKind, $"request-submitted:{request.Id}:{now.UtcTicks}:{coordinator.Email}", request.Id.Value, coordinator, EmailTemplates.Dutch,
                EmailTemplates.RequestSubmitted(EmailTemplates.Dutch, coordinator.Name, lcName, request.Description, request.Terms.Start, request.Terms.End, request.ExpertsWanted), now, ct);
        }
    }

    /// <summary>The matching found nobody eligible for the request: its coordinators hear it once, with what staff will do.</summary>
    public async Task NoCandidatesAsync(SupportRequest request, DateTimeOffset now, CancellationToken ct)
    {
        var (lcName, coordinators) = await CoordinatorsAsync(request, ct);
        foreach (var coordinator in coordinators)
        {
            await QueueOnceAsync(NoCandidatesKind, $"no-candidates:{request.Id}:{coordinator.Email}", request.Id.Value, coordinator, EmailTemplates.Dutch,
                EmailTemplates.NoCandidates(EmailTemplates.Dutch, coordinator.Name, lcName, request.Description), now, ct);
        }
    }

    /// <summary>The staff digest of <paramref name="day"/> to one recipient; false when that day's digest was queued already.</summary>
    public Task<bool> StaffDigestAsync(string to, DateOnly day, ComposedEmail mail, DateTimeOffset now, CancellationToken ct) =>
        QueueOnceAsync(StaffDigestKind, $"staff-digest:{day:yyyy-MM-dd}:{Domain.Accounts.Account.Normalise(to)}", null, to, null, EmailTemplates.Dutch, mail, now, ct);

    /// <summary>The LC's name and its coordinators, named by their accounts' display names where they have one.</summary>
    private async Task<(string LcName, List<CalendarPerson> Coordinators)> CoordinatorsAsync(SupportRequest request, CancellationToken ct)
    {
        var lcName = await db.LearningCommunities.Where(lc => lc.Id == request.LearningCommunityId).Select(lc => lc.Name).FirstAsync(ct);
        return (lcName, await CoordinatorPeopleAsync(request.LearningCommunityId, ct));
    }

    // Links hold the lower-case address an account is keyed by; the account's display name is the coordinator's name.
    private Task<List<CalendarPerson>> CoordinatorPeopleAsync(LearningCommunityId lcId, CancellationToken ct) =>
        db.CoordinatorLinks.Where(l => l.LearningCommunityId == lcId).OrderBy(l => l.Email)
            .Select(l => new CalendarPerson(l.Email, db.Accounts.Where(a => a.Email == l.Email).Select(a => a.DisplayName).FirstOrDefault()))
            .ToListAsync(ct);

    /// <summary>
    /// Queues the email unless its key (what, whom, which period) was queued before, here or in the database. Two
    /// instances racing past the check still store one: the key's unique index refuses the second.
    /// </summary>
    private Task<bool> QueueOnceAsync(string kind, string key, Guid? related, CalendarPerson to, string lang, ComposedEmail mail, DateTimeOffset now, CancellationToken ct) =>
        QueueOnceAsync(kind, key, related, to.Email, to.Name, lang, mail, now, ct);

    private async Task<bool> QueueOnceAsync(string kind, string key, Guid? related, string to, string? toName, string lang, ComposedEmail mail, DateTimeOffset now, CancellationToken ct)
    {
        if (db.OutboxEmails.Local.Any(o => o.DeduplicationKey == key) || await db.OutboxEmails.AnyAsync(o => o.DeduplicationKey == key, ct))
        {
            return false;
        }

        db.OutboxEmails.Add(OutboxEmail.Create(kind, key, related, to, toName, lang, mail.Subject, mail.Text, mail.Html, null, null, now,
            System.Diagnostics.Activity.Current?.Id));
        return true;
    }

    /// <summary>
    /// What an email to a proposal's expert about their invitation needs: their address and language, the request
    /// (as changed in this unit of work) and its LC's name. Null when the expert has no address (erased).
    /// </summary>
    private async Task<InvitationMail?> InvitedExpertAsync(Proposal proposal, CancellationToken ct)
    {
        var expert = await db.Experts.AsNoTracking().FirstAsync(e => e.Id == proposal.ExpertId, ct);
        if (ContactOf(expert) is not { } to)
        {
            return null;
        }

        var request = await db.SupportRequests.FirstAsync(r => r.Id == proposal.RequestId, ct);
        var lcName = await db.LearningCommunities.Where(lc => lc.Id == request.LearningCommunityId).Select(lc => lc.Name).FirstAsync(ct);
        return new InvitationMail(expert, to, EmailTemplates.LanguageFor(expert.Languages), request, lcName);
    }

    private sealed record InvitationMail(Expert Expert, string To, string Lang, SupportRequest Request, string LcName);

    public async Task IntroduceAsync(Engagement engagement, DateTimeOffset now, CancellationToken ct)
    {
        var p = await ParticipantsAsync(engagement.ExpertId, engagement.LearningCommunityId, ct);
        if (ContactOf(p.Expert) is { } expertAddress)
        {
            var lang = EmailTemplates.LanguageFor(p.Expert.Languages);
            Queue("engagement.introduction", $"introduction:{engagement.Id}:expert", engagement.Id.Value, expertAddress, p.Expert.DisplayName, lang,
                EmailTemplates.IntroductionToExpert(lang, p.Expert.DisplayName, p.LcName, [.. p.CoordinatorPeople.Select(c => EmailTemplates.Person(c.Email, c.Name))],
                    engagement.Start, engagement.End, engagement.HoursBudget, links.ExpertEngagement(engagement.Id)), null, null, now);
        }

        foreach (var coordinator in p.CoordinatorPeople)
        {
            Queue("engagement.introduction", $"introduction:{engagement.Id}:{coordinator.Email}", engagement.Id.Value, coordinator.Email, coordinator.Name, EmailTemplates.Dutch,
                EmailTemplates.IntroductionToCoordinator(coordinator.Name, p.LcName, p.Expert.DisplayName, ContactOf(p.Expert), engagement.Start, engagement.End, engagement.HoursBudget,
                    links.CoordinatorEngagement(engagement.RequestId, engagement.Id)), null, null, now);
        }
    }

    /// <summary>
    /// An iTIP REQUEST (new or updated) or CANCEL to every participant, each in their own language and linking to the
    /// page they use for the engagement; the event (UID, SEQUENCE, times, attendees) is the same in every copy. A
    /// cancellation's <paramref name="reason"/> goes into the mail and the event's description.
    /// </summary>
    public async Task SessionChangedAsync(Engagement engagement, Session session, bool update, bool cancel, DateTimeOffset now, CancellationToken ct, string? reason = null)
    {
        var p = await ParticipantsAsync(engagement.ExpertId, engagement.LearningCommunityId, ct);
        var attendees = Attendees(p, session);
        var method = cancel ? CalendarMethod.Cancel : CalendarMethod.Request;
        var methodName = cancel ? "CANCEL" : "REQUEST";
        var facts = Facts(session);
        foreach (var (address, name, lang, isExpert) in attendees)
        {
            var link = LinkFor(engagement, isExpert);
            var ics = calendar.Build(new CalendarInvite(
                method, session.Uid, session.Sequence, EmailTemplates.CalendarSummary(lang, session.Kind, p.LcName),
                EmailTemplates.CalendarDescription(lang, session.Title, cancel && reason is not null ? reason : session.Agenda, link), session.Location ?? session.OnlineUrl, link,
                session.Start!.Value, session.End!.Value, session.TimeZone, new CalendarPerson(options.Value.Organizer ?? options.Value.From, options.Value.FromName),
                [.. attendees.Select(a => new CalendarPerson(a.Address, a.Name))], now, AskForReplies: options.Value.Organizer is not null));
            Queue(cancel ? "session.cancel" : "session.request", $"session:{session.Id}:{session.Sequence}:{methodName}:{address}", session.Id.Value, address, name, lang,
                EmailTemplates.Session(lang, facts, update, cancel, link, cancel ? reason : null), ics, methodName, now);
        }
    }

    public async Task RemindAsync(Engagement engagement, Session session, DateTimeOffset now, CancellationToken ct)
    {
        var p = await ParticipantsAsync(engagement.ExpertId, engagement.LearningCommunityId, ct);
        var facts = Facts(session);
        foreach (var (address, name, lang, isExpert) in Attendees(p, session))
        {
            Queue("session.reminder", $"reminder:{session.Id}:{session.Sequence}:{address}", session.Id.Value, address, name, lang,
                EmailTemplates.Reminder(lang, facts, LinkFor(engagement, isExpert)), null, null, now);
        }
    }

    /// <summary>The expert's own engagements page for the expert; the engagement page for coordinators and observers.</summary>
    private string LinkFor(Engagement engagement, bool isExpert) =>
        isExpert ? links.ExpertEngagement(engagement.Id) : links.CoordinatorEngagement(engagement.RequestId, engagement.Id);

    private static List<(string Address, string? Name, string Lang, bool IsExpert)> Attendees(Participants p, Session session)
    {
        var list = new List<(string Address, string? Name, string Lang, bool IsExpert)>();
        if (ContactOf(p.Expert) is { } expert)
        {
            list.Add((expert, p.Expert.DisplayName, EmailTemplates.LanguageFor(p.Expert.Languages), true));
        }

        list.AddRange(p.CoordinatorPeople.Select(c => (c.Email, c.Name, EmailTemplates.Dutch, false)));
        if (session.ObserverEmail is { } observer)
        {
            list.Add((observer, null, EmailTemplates.Dutch, false));
        }

        return [.. list.DistinctBy(a => a.Address, StringComparer.OrdinalIgnoreCase)];
    }

    private static SessionFacts Facts(Session s) => new(
        s.Title, LocalTimes.ToLocal(s.Start!.Value, s.TimeZone), LocalTimes.ToLocal(s.End!.Value, s.TimeZone), s.TimeZone, s.Location, s.OnlineUrl, s.Agenda);

    /// <summary>The expert's contact address (the account email when no separate one is given); none once erased.</summary>
    private static string? ContactOf(Expert expert) => expert.IsErased ? null : expert.Email ?? expert.AccountEmail;

    private void Queue(string kind, string key, Guid related, string to, string? name, string lang, ComposedEmail mail, string? ics, string? method, DateTimeOffset now) =>
        db.OutboxEmails.Add(OutboxEmail.Create(kind, key, related, to, name, lang, mail.Subject, mail.Text, mail.Html, ics, method, now,
            System.Diagnostics.Activity.Current?.Id));
}
