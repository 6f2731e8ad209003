using LcPeers.Application.Common;
using LcPeers.Domain.Common;
using LcPeers.Domain.Engagements;
using LcPeers.Domain.Requests;

namespace LcPeers.Application.Engagements;

/// <summary>A session; <c>localStart</c>/<c>localEnd</c> are wall-clock times in <c>timeZone</c>.</summary>
public sealed record SessionResponse(
    Guid Id,
    string Kind,
    string Title,
    string Status,
    DateTimeOffset? Start,
    DateTimeOffset? End,
    string TimeZone,
    DateTime? LocalStart,
    DateTime? LocalEnd,
    string? Location,
    string? OnlineUrl,
    string? Agenda,
    string? ObserverEmail,
    string Uid,
    int Sequence)
{
    /// <summary>What the current user may do with the session now (<c>plan</c>, <c>reschedule</c>, <c>cancel</c>), decided by the domain.</summary>
    public IReadOnlyList<string> Actions { get; init; } = [];

    public static SessionResponse From(Session s) => new(
        s.Id.Value,
        Codes<SessionKind>.Of(s.Kind),
        s.Title,
        Codes<SessionStatus>.Of(s.Status),
        s.Start,
        s.End,
        s.TimeZone,
        s.Start is { } start ? LocalTimes.ToLocal(start, s.TimeZone) : null,
        s.End is { } end ? LocalTimes.ToLocal(end, s.TimeZone) : null,
        s.Location,
        s.OnlineUrl,
        s.Agenda,
        s.ObserverEmail,
        s.Uid,
        s.Sequence);
}

/// <summary>The contact details the engagement's participants share with each other.</summary>
public sealed record EngagementContacts(string ExpertName, string? ExpertEmail, IReadOnlyList<string> Coordinators);

/// <summary>An engagement with its sessions. Only its participants and staff read it.</summary>
public sealed record EngagementResponse(
    Guid Id,
    Guid RequestId,
    Guid ProposalId,
    Guid LearningCommunityId,
    string LearningCommunityName,
    Guid ExpertId,
    string Kind,
    DateOnly Start,
    DateOnly End,
    int HoursBudget,
    string Status,
    EngagementContacts Contacts,
    IReadOnlyList<SessionResponse> Sessions,
    DateTimeOffset CreatedAt,
    DateTimeOffset? StartedAt,
    DateTimeOffset? CompletedAt,
    int Version)
{
    /// <summary>What the current user may do with the engagement now (<c>complete</c>, <c>schedule-session</c>, <c>give-feedback</c>,
    /// <c>file-report</c>), decided by the domain.</summary>
    public IReadOnlyList<string> Actions { get; init; } = [];

    /// <summary>Shapes an engagement; <paramref name="actions"/> and each session's actions are for <paramref name="viewer"/>.</summary>
    public static EngagementResponse From(Engagement e, string lcName, EngagementContacts contacts, Viewer viewer, IReadOnlyList<string> actions) => new(
        e.Id.Value,
        e.RequestId.Value,
        e.ProposalId.Value,
        e.LearningCommunityId.Value,
        lcName,
        e.ExpertId.Value,
        Codes<RequestKind>.Of(e.Kind),
        e.Start,
        e.End,
        e.HoursBudget,
        Codes<EngagementStatus>.Of(e.Status),
        contacts,
        [.. e.Sessions.OrderBy(s => s.Start ?? DateTimeOffset.MaxValue).ThenBy(s => s.CreatedAt).ThenBy(s => s.Kind)
            .Select(s => SessionResponse.From(s) with { Actions = e.AllowedActions(s, viewer) })],
        e.CreatedAt,
        e.StartedAt,
        e.CompletedAt,
        e.Version)
    {
        Actions = actions,
    };
}
