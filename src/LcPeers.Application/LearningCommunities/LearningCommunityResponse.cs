using LcPeers.Domain.Common;
using LcPeers.Domain.LearningCommunities;
using LcPeers.Domain.Reference;

namespace LcPeers.Application.LearningCommunities;

public sealed record ContactPersonDto(string Name, string? Role, string? Email, string? Phone);

/// <summary>An LC as the directory shows it. <see cref="Version"/> must be sent back with an update.</summary>
public sealed record LearningCommunityResponse(
    Guid Id,
    string Name,
    string? Region,
    string Type,
    string Status,
    string? Phase,
    int? PartnerCount,
    bool PartnerCountIsMinimum,
    string? PartnerCountText,
    IReadOnlyList<string> PartnerOrganisations,
    IReadOnlyList<string> Sectors,
    IReadOnlyList<ContactPersonDto> Contacts,
    string? Description,
    int? ReportNumber,
    int Version,
    DateTimeOffset UpdatedAt)
{
    /// <summary>When a coordinator or staff last confirmed (or edited) the entry: the directory's "bijgewerkt op".</summary>
    public DateTimeOffset ConfirmedAt { get; init; }

    /// <summary>Two confirmation requests to the coordinators went unanswered (staff see it marked).</summary>
    public bool Stale { get; init; }

    /// <summary>How many partners of each kind it has, in the order of <see cref="Domain.LearningCommunities.PartnerTypes.All"/>.</summary>
    public IReadOnlyList<PartnerTypeCount> PartnerTypes { get; init; } = [];

    /// <summary>The year it started.</summary>
    public int? StartedYear { get; init; }

    public static LearningCommunityResponse From(LearningCommunity lc) => new(
        lc.Id.Value,
        lc.Name,
        lc.Region,
        Codes<LearningCommunityType>.Of(lc.Type),
        Codes<LearningCommunityStatus>.Of(lc.Status),
        lc.Phase is { } p ? Codes<Phase>.Of(p) : null,
        lc.PartnerCount?.Value,
        lc.PartnerCount?.IsMinimum ?? false,
        lc.PartnerCount?.ToString(),
        lc.PartnerOrganisations,
        lc.Sectors,
        [.. lc.Contacts.Select(c => new ContactPersonDto(c.Name, c.Role, c.Email, c.Phone))],
        lc.Description,
        lc.ReportNumber,
        lc.Version,
        lc.UpdatedAt)
    {
        ConfirmedAt = lc.DirectoryConfirmedAt,
        Stale = lc.IsDirectoryStale,
        PartnerTypes = lc.PartnerTypes,
        StartedYear = lc.StartedYear,
    };
}
