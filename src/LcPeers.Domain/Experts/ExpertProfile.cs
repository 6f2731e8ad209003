using LcPeers.Domain.Reference;
using LcPeers.Domain.Tools;

namespace LcPeers.Domain.Experts;

/// <summary>What an expert says about themselves; replaced as a whole on each edit.</summary>
public sealed record ExpertProfile(
    string DisplayName,
    string Email,
    IReadOnlyList<string> Organisations,
    IReadOnlyList<ExpertRole> RolesOffered,
    IReadOnlyList<Competence> Competences,
    IReadOnlyList<string> ProcessCompetences,
    IReadOnlyList<ToolId> Tools,
    IReadOnlyList<PhaseExperience> PhasesGuided,
    IReadOnlyList<string> Sectors,
    IReadOnlyList<string> Regions,
    bool Online,
    IReadOnlyList<Language> Languages,
    string? Bio,
    bool Consent);

/// <summary>How much and when the expert can help.</summary>
public sealed record ExpertAvailability(int HoursPerMonth, int MaxConcurrentEngagements, IReadOnlyList<AvailabilityPeriod> Periods);
