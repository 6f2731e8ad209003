using LcPeers.Domain.Common;
using LcPeers.Domain.Reference;
using LcPeers.Domain.Stories;

namespace LcPeers.Application.Stories;

/// <summary>A tool a story mentions, by id and catalogue name.</summary>
public sealed record StoryTool(Guid Id, string Name);

/// <summary>
/// A success story. <see cref="ExpertName"/> is the expert's name only when the author asked to name them and the
/// expert consented; otherwise null, and pages and the API say "an experienced expert" instead (<see cref="Expert"/>,
/// filled in by the host in the reader's language). The review fields are for the author, the LC and staff.
/// </summary>
public sealed record StoryResponse(
    Guid Id,
    Guid LearningCommunityId,
    string LearningCommunityName,
    Guid EngagementId,
    string Title,
    string WhatWasStuck,
    string WhoHelped,
    string WhatChanged,
    string Phase,
    IReadOnlyList<string> Bottlenecks,
    IReadOnlyList<StoryTool> Tools,
    bool NameExpert,
    bool ExpertConsented,
    string? ExpertName,
    string Status,
    string? ReviewNote,
    DateTimeOffset CreatedAt,
    DateTimeOffset? PublishedAt,
    DateTimeOffset UpdatedAt,
    int Version)
{
    /// <summary>The expert as readers see them: the name when it may be shown, otherwise the host's "an experienced expert".</summary>
    public string? Expert { get; init; }

    /// <summary>What the current user may do with the story now (<see cref="Domain.Stories.StoryActions"/>).</summary>
    public IReadOnlyList<string> Actions { get; init; } = [];

    /// <summary>Whether the current user wrote the story (and so may edit and submit it while it is a draft or returned).</summary>
    public bool IsAuthor { get; init; }

    /// <summary>Whether the current user is the story's expert (and so may give or withdraw consent to being named).</summary>
    public bool IsOwnExpert { get; init; }

    public static StoryResponse From(Story s, string lcName, IReadOnlyDictionary<Domain.Tools.ToolId, string> toolNames, string? expertName) => new(
        s.Id.Value,
        s.LearningCommunityId.Value,
        lcName,
        s.EngagementId.Value,
        s.Title,
        s.WhatWasStuck,
        s.WhoHelped,
        s.WhatChanged,
        Codes<Phase>.Of(s.Phase),
        [.. s.Bottlenecks.Select(Codes<Bottleneck>.Of)],
        [.. s.Tools.Where(toolNames.ContainsKey).Select(t => new StoryTool(t.Value, toolNames[t]))],
        s.NameExpert,
        s.ExpertConsentAt is not null,
        s.ShowsExpertName ? expertName : null,
        Codes<StoryStatus>.Of(s.Status),
        s.ReviewNote,
        s.CreatedAt,
        s.PublishedAt,
        s.UpdatedAt,
        s.Version);
}
