using FluentValidation;
using LcPeers.Application.Common.Validation;
using LcPeers.Domain.Common;
using LcPeers.Domain.Experts;
using LcPeers.Domain.Reference;
using LcPeers.Domain.Tools;

namespace LcPeers.Application.Experts;

public sealed record CompetenceDto(string? Bottleneck, int Level);

public sealed record PhaseExperienceDto(string? Phase, int Count);

public sealed record AvailabilityPeriodDto(DateOnly From, DateOnly To, bool Available);

/// <summary>The fields of an expert profile as clients send them.</summary>
public interface IExpertInput
{
    string? DisplayName { get; }
    string? Email { get; }
    IReadOnlyList<string>? Organisations { get; }
    IReadOnlyList<string>? RolesOffered { get; }
    IReadOnlyList<CompetenceDto>? Competences { get; }
    IReadOnlyList<string>? ProcessCompetences { get; }
    IReadOnlyList<string>? Tools { get; }
    IReadOnlyList<PhaseExperienceDto>? PhasesGuided { get; }
    IReadOnlyList<string>? Sectors { get; }
    IReadOnlyList<string>? Regions { get; }
    bool? Online { get; }
    IReadOnlyList<string>? Languages { get; }
    string? Bio { get; }
    bool? Consent { get; }
}

/// <summary>Availability fields, sent with the profile or on their own.</summary>
public interface IAvailabilityInput
{
    int? HoursPerMonth { get; }
    int? MaxConcurrentEngagements { get; }
    IReadOnlyList<AvailabilityPeriodDto>? Availability { get; }
}

internal static class ExpertInput
{
    public const int MaxHoursPerMonth = 200;
    public const int MaxConcurrent = 10;
    public const int MaxListItems = 30;
    public const int MaxPeriods = 50;

    public static void AddProfileRules<T>(this AbstractValidator<T> v) where T : IExpertInput
    {
        v.RuleFor(x => x.DisplayName).NotEmpty().MaximumLength(120).Must(n => !string.IsNullOrWhiteSpace(n)).WithMessage("'displayName' must not be blank.").SingleLine();
        v.RuleFor(x => x.Email).NotEmpty().MaximumLength(TextRules.EmailMaxLength).ValidEmailAddress();
        v.RuleFor(x => x.Organisations).Must(l => l is null || l.Count <= MaxListItems).WithMessage($"'organisations' holds at most {MaxListItems} names.");
        v.RuleForEach(x => x.Organisations).NotEmpty().MaximumLength(200).SingleLine();
        v.RuleFor(x => x.RolesOffered).NotEmpty().WithMessage($"'rolesOffered' names at least one of: {string.Join(", ", Codes<ExpertRole>.All)}.");
        v.RuleForEach(x => x.RolesOffered).Must(Codes<ExpertRole>.IsValid).WithMessage($"'rolesOffered' must hold only: {string.Join(", ", Codes<ExpertRole>.All)}.");
        v.RuleFor(x => x.Competences).Must(l => l is null || l.Any(c => c is null) || l.Select(c => c.Bottleneck?.Trim().ToLowerInvariant()).Distinct().Count() == l.Count)
            .WithMessage("'competences' names each bottleneck theme once.");
        v.RuleForEach(x => x.Competences).NotNull().ChildRules(c =>
        {
            c.RuleFor(x => x.Bottleneck).Must(Codes<Bottleneck>.IsValid).WithMessage($"'bottleneck' must be one of: {string.Join(", ", Codes<Bottleneck>.All)}.");
            c.RuleFor(x => x.Level).InclusiveBetween(Competence.MinLevel, Competence.MaxLevel)
                .WithMessage("'level' is 1 (aware), 2 (practised) or 3 (guided others).");
        });
        v.RuleForEach(x => x.ProcessCompetences).Must(ProcessCompetences.IsKnown)
            .WithMessage($"'processCompetences' must hold only: {string.Join(", ", ProcessCompetences.All)}.");
        v.RuleFor(x => x.Tools).Must(l => l is null || l.Count <= MaxListItems).WithMessage($"'tools' holds at most {MaxListItems} tools.");
        v.RuleForEach(x => x.Tools).NotEmpty().MaximumLength(200).SingleLine();
        v.RuleForEach(x => x.PhasesGuided).NotNull().ChildRules(p =>
        {
            p.RuleFor(x => x.Phase).Must(Codes<Phase>.IsValid).WithMessage($"'phase' must be one of: {string.Join(", ", Codes<Phase>.All)}.");
            p.RuleFor(x => x.Count).InclusiveBetween(1, 500);
        });
        v.RuleForEach(x => x.Sectors).Must(Sectors.IsKnown).WithMessage($"'sectors' must hold only: {string.Join(", ", Sectors.All)}.");
        v.RuleForEach(x => x.Regions).Must(Provinces.IsKnown).WithMessage($"'regions' must hold Dutch provinces: {string.Join(", ", Provinces.All)}.");
        v.RuleFor(x => x.Languages).NotEmpty().WithMessage("'languages' names at least one of: nl, en.");
        v.RuleForEach(x => x.Languages).Must(Codes<Language>.IsValid).WithMessage("'languages' must hold only: nl, en.");
        v.RuleFor(x => x.Bio).MaximumLength(2000).NoControlCharacters();
    }

    public static void AddAvailabilityRules<T>(this AbstractValidator<T> v, bool required) where T : IAvailabilityInput
    {
        if (required)
        {
            v.RuleFor(x => x.HoursPerMonth).NotNull();
            v.RuleFor(x => x.MaxConcurrentEngagements).NotNull();
        }

        v.RuleFor(x => x.HoursPerMonth).InclusiveBetween(0, MaxHoursPerMonth);
        v.RuleFor(x => x.MaxConcurrentEngagements).InclusiveBetween(0, MaxConcurrent);
        v.RuleFor(x => x.Availability).Must(l => l is null || l.Count <= MaxPeriods).WithMessage($"'availability' holds at most {MaxPeriods} periods.");
        v.RuleForEach(x => x.Availability).NotNull().ChildRules(p =>
        {
            p.RuleFor(x => x.From).InclusiveBetween(DateRules.EarliestDate, DateRules.LatestDate).WithMessage(DateRules.OutOfRangeMessage);
            p.RuleFor(x => x.To).InclusiveBetween(DateRules.EarliestDate, DateRules.LatestDate).WithMessage(DateRules.OutOfRangeMessage);
            p.RuleFor(x => x.To).GreaterThanOrEqualTo(x => x.From).WithMessage("'to' must not be before 'from'.");
        });
    }

    public static ExpertProfile ToProfile(this IExpertInput input, IReadOnlyList<ToolId> tools) => new(
        input.DisplayName!,
        input.Email!,
        input.Organisations ?? [],
        [.. (input.RolesOffered ?? []).Select(Codes<ExpertRole>.Parse)],
        [.. (input.Competences ?? []).Select(c => new Competence(Codes<Bottleneck>.Parse(c.Bottleneck!), c.Level))],
        input.ProcessCompetences ?? [],
        tools,
        [.. (input.PhasesGuided ?? []).Select(p => new PhaseExperience(Codes<Phase>.Parse(p.Phase!), p.Count))],
        [.. (input.Sectors ?? []).Select(s => s.Trim().ToLowerInvariant())],
        input.Regions ?? [],
        input.Online ?? false,
        [.. (input.Languages ?? []).Select(Codes<Language>.Parse)],
        input.Bio,
        input.Consent ?? false);

    public static ExpertAvailability ToAvailability(this IAvailabilityInput input, Expert? current = null) => new(
        input.HoursPerMonth ?? current?.HoursPerMonth ?? 0,
        input.MaxConcurrentEngagements ?? current?.MaxConcurrentEngagements ?? 1,
        input.Availability is { } periods
            ? [.. periods.Select(p => new AvailabilityPeriod(p.From, p.To, p.Available))]
            : current?.Availability ?? []);
}
