using LcPeers.Domain.Common;
using LcPeers.Domain.Experts;
using LcPeers.Domain.Reference;
using LcPeers.Domain.Tools;

namespace LcPeers.Application.Experts;

public sealed record ToolRefDto(Guid Id, string Name);

/// <summary>An expert profile. <see cref="Email"/> is null unless the reader may see contact details.</summary>
public sealed record ExpertResponse(
    Guid Id,
    string DisplayName,
    string? Email,
    IReadOnlyList<string> Organisations,
    IReadOnlyList<string> RolesOffered,
    IReadOnlyList<CompetenceDto> Competences,
    IReadOnlyList<string> ProcessCompetences,
    IReadOnlyList<ToolRefDto> Tools,
    IReadOnlyList<PhaseExperienceDto> PhasesGuided,
    IReadOnlyList<string> Sectors,
    IReadOnlyList<string> Regions,
    bool Online,
    IReadOnlyList<string> Languages,
    int HoursPerMonth,
    int MaxConcurrentEngagements,
    IReadOnlyList<AvailabilityPeriodDto> Availability,
    string? Bio,
    bool Consent,
    bool Erased,
    DateTimeOffset RegisteredAt,
    DateTimeOffset UpdatedAt,
    int Version)
{
    /// <summary>When the expert last confirmed (or edited) their availability.</summary>
    public DateTimeOffset AvailabilityConfirmedAt { get; init; }

    /// <summary>Two confirmation requests went unanswered: the expert ranks lower (never excluded for it).</summary>
    public bool Stale { get; init; }

    public static ExpertResponse From(Expert e, IReadOnlyDictionary<ToolId, string> toolNames, bool showContact) => new(
        e.Id.Value,
        e.DisplayName,
        showContact ? e.Email : null,
        e.Organisations,
        [.. e.RolesOffered.Select(Codes<ExpertRole>.Of)],
        [.. e.Competences.Select(c => new CompetenceDto(Codes<Bottleneck>.Of(c.Bottleneck), c.Level))],
        e.ProcessCompetences,
        [.. e.Tools.Select(t => new ToolRefDto(t.Value, toolNames.TryGetValue(t, out var n) ? n : "?"))],
        [.. e.PhasesGuided.Select(p => new PhaseExperienceDto(Codes<Phase>.Of(p.Phase), p.Count))],
        e.Sectors,
        e.Regions,
        e.Online,
        [.. e.Languages.Select(Codes<Language>.Of)],
        e.HoursPerMonth,
        e.MaxConcurrentEngagements,
        [.. e.Availability.Select(p => new AvailabilityPeriodDto(p.From, p.To, p.Available))],
        e.Bio,
        e.Consent,
        e.IsErased,
        e.RegisteredAt,
        e.UpdatedAt,
        e.Version)
    {
        AvailabilityConfirmedAt = e.AvailabilityConfirmedAt,
        Stale = e.IsStale,
    };
}
