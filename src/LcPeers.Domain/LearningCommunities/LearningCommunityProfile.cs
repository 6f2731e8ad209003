using LcPeers.Domain.Reference;

namespace LcPeers.Domain.LearningCommunities;

/// <summary>The editable description of an LC, as staff maintain it in the directory.</summary>
public sealed record LearningCommunityProfile(
    string Name,
    string? Region,
    LearningCommunityType Type,
    LearningCommunityStatus Status,
    Phase? Phase,
    PartnerCount? PartnerCount,
    IReadOnlyList<string> PartnerOrganisations,
    IReadOnlyList<string> Sectors,
    IReadOnlyList<ContactPerson> Contacts,
    string? Description,
    IReadOnlyList<PartnerTypeCount>? PartnerTypes = null,
    int? StartedYear = null);
