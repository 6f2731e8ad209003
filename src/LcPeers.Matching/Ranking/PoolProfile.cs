using LcPeers.Domain.Experts;
using LcPeers.Domain.Reference;
using LcPeers.Domain.Tools;

namespace LcPeers.Matching.Ranking;

/// <summary>
/// The part of an expert's profile the pool lays out, and nothing else: what ranking filters, scores and explains by.
/// A pool is built from these, taken from an <see cref="Expert"/> (<see cref="Of"/>) or read straight from the
/// database's columns when the whole pool is built, which skips materialising 100,000 aggregates (decision 10).
/// </summary>
public sealed record PoolProfile(
    Guid Id,
    string DisplayName,
    bool Consent,
    bool Online,
    int HoursPerMonth,
    int MaxConcurrentEngagements,
    IReadOnlyList<string> Organisations,
    IReadOnlyList<ExpertRole> RolesOffered,
    IReadOnlyList<Competence> Competences,
    IReadOnlyList<ToolId> Tools,
    IReadOnlyList<PhaseExperience> PhasesGuided,
    IReadOnlyList<string> Sectors,
    IReadOnlyList<string> Regions,
    IReadOnlyList<Language> Languages,
    IReadOnlyList<AvailabilityPeriod> Availability)
{
    public static PoolProfile Of(Expert expert)
    {
        ArgumentNullException.ThrowIfNull(expert);
        return new PoolProfile(expert.Id.Value, expert.DisplayName, expert.Consent, expert.Online, expert.HoursPerMonth, expert.MaxConcurrentEngagements,
            expert.Organisations, expert.RolesOffered, expert.Competences, expert.Tools, expert.PhasesGuided, expert.Sectors, expert.Regions,
            expert.Languages, expert.Availability);
    }
}
