namespace LcPeers.Domain.Reference;

/// <summary>The vocabularies whose labels are kept as data.</summary>
public enum ReferenceKind
{
    Phase = 1,
    Bottleneck = 2,
    Sector = 3,
    LearningCommunityType = 4,
    ProcessCompetence = 5,
    ReviewDimension = 6,
}
