using LcPeers.Domain.LearningCommunities;

namespace LcPeers.Application.LearningCommunities.ImpactReports;

/// <summary>One LC's impact report; <see cref="Stages"/> tags each indicator with its Theory of Change stage.</summary>
public sealed record ImpactReportResponse(
    Guid Id, Guid LearningCommunityId, string Period, int StudentsTrained, int WorkersUpskilled, int Innovations, int PartnersJoined, int PartnersLeft,
    string? Narrative, IReadOnlyDictionary<string, string> Stages, DateTimeOffset SubmittedAt, DateTimeOffset UpdatedAt, int Version)
{
    public static readonly IReadOnlyDictionary<string, string> StageOfIndicator =
        ImpactIndicators.All.ToDictionary(i => i.Indicator, i => Domain.Common.Codes<ChangeStage>.Of(i.Stage), StringComparer.Ordinal);

    public static ImpactReportResponse From(ImpactReport r) => new(
        r.Id, r.LearningCommunityId.Value, r.Period, r.StudentsTrained, r.WorkersUpskilled, r.Innovations, r.PartnersJoined, r.PartnersLeft,
        r.Narrative, StageOfIndicator, r.SubmittedAt, r.UpdatedAt, r.Version);
}
