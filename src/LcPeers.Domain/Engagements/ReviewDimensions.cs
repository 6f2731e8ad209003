using System.Collections.Frozen;

namespace LcPeers.Domain.Engagements;

/// <summary>
/// The four dimensions of a partnership's development on which a peer review places an LC (after Katapult's phase
/// model: five levels on four dimensions). Labels in Dutch and English are reference data (kind review-dimension).
/// </summary>
public static class ReviewDimensions
{
    public const string VisionAndAmbition = "vision-and-ambition";
    public const string CollaborationAndGovernance = "collaboration-and-governance";
    public const string LearningWorkingInnovating = "learning-working-innovating";
    public const string ContinuityAndEmbedding = "continuity-and-embedding";

    public const int MinLevel = 1;
    public const int MaxLevel = 5;

    public static readonly IReadOnlyList<string> Ordered =
        [VisionAndAmbition, CollaborationAndGovernance, LearningWorkingInnovating, ContinuityAndEmbedding];

    public static readonly FrozenSet<string> All = Ordered.ToFrozenSet(StringComparer.Ordinal);

    public static bool IsKnown(string? code) => code is not null && All.Contains(code);
}
