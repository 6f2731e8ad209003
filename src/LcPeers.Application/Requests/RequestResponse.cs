using LcPeers.Application.Common.Accounts;
using LcPeers.Domain.Accounts;
using LcPeers.Domain.Common;
using LcPeers.Domain.Reference;
using LcPeers.Domain.Requests;
using LcPeers.Domain.Tools;

namespace LcPeers.Application.Requests;

public sealed record StatusChangeDto(string? From, string To, DateTimeOffset At, string By, string? Reason);

public sealed record RequestResponse(
    Guid Id,
    Guid LearningCommunityId,
    string LearningCommunityName,
    string? Phase,
    IReadOnlyList<string> Bottlenecks,
    string? Kind,
    Guid? ToolId,
    string? ToolName,
    string Description,
    DateOnly? Start,
    DateOnly? End,
    int? Hours,
    string? Format,
    string? Region,
    string? Location,
    IReadOnlyList<string> Languages,
    int ExpertsWanted,
    IReadOnlyList<string> ExcludedOrganisations,
    string Status,
    IReadOnlyList<StatusChangeDto> History,
    string CreatedBy,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    int Version,
    Guid? EngagementId = null,
    IReadOnlyList<Guid>? EngagementIds = null)
{
    /// <summary>What the current user may do with the request now (<c>edit</c>, <c>submit</c>, <c>withdraw</c>, <c>cancel</c>, <c>propose</c>), decided by the domain.</summary>
    public IReadOnlyList<string> Actions { get; init; } = [];

    /// <summary>The terms a draft still leaves open (API field names); empty once it can be submitted.</summary>
    public IReadOnlyList<string> Missing { get; init; } = [];

    /// <summary>Everyone a response names (its author and each step's actor), to resolve in one query.</summary>
    public static IEnumerable<AccountId> ActorsOf(SupportRequest r) => r.History.Select(h => h.By).Append(r.CreatedBy);

    /// <summary>Shapes a request; <c>engagementId</c> is its first engagement (set once an expert accepted), <c>engagementIds</c> all of them.</summary>
    public static RequestResponse From(SupportRequest r, string lcName, IReadOnlyDictionary<ToolId, string> toolNames, ActorLookup actors, IReadOnlyList<Guid>? engagementIds = null, Viewer? viewer = null) => new(
        r.Id.Value,
        r.LearningCommunityId.Value,
        lcName,
        r.Phase is { } phase ? Codes<Phase>.Of(phase) : null,
        [.. r.Bottlenecks.Select(Codes<Bottleneck>.Of)],
        r.Kind is { } kind ? Codes<RequestKind>.Of(kind) : null,
        r.Tool?.Value,
        r.Tool is { } t && toolNames.TryGetValue(t, out var name) ? name : null,
        r.Description,
        r.Start,
        r.End,
        r.Hours,
        r.Format is { } format ? Codes<WorkFormat>.Of(format) : null,
        r.Region,
        r.Location,
        [.. r.Languages.Select(Codes<Language>.Of)],
        r.ExpertsWanted,
        r.ExcludedOrganisations,
        Codes<RequestStatus>.Of(r.Status),
        [.. r.History.Select(h => new StatusChangeDto(h.From is { } f ? Codes<RequestStatus>.Of(f) : null, Codes<RequestStatus>.Of(h.To), h.At, actors[h.By], h.Reason))],
        actors[r.CreatedBy],
        r.CreatedAt,
        r.UpdatedAt,
        r.Version,
        engagementIds is { Count: > 0 } ids ? ids[0] : null,
        engagementIds ?? [])
    {
        Actions = viewer is null ? [] : r.AllowedActions(viewer),
        Missing = r.MissingTerms(),
    };
}
