using FluentValidation;
using LcPeers.Application.Common.Validation;
using LcPeers.Domain.Common;
using LcPeers.Domain.Reference;
using LcPeers.Domain.Requests;
using LcPeers.Domain.Tools;

namespace LcPeers.Application.Requests;

/// <summary>The fields of a support request as coordinators send them.</summary>
public interface IRequestInput
{
    string? Phase { get; }
    IReadOnlyList<string>? Bottlenecks { get; }
    string? Kind { get; }
    string? Tool { get; }
    string? Description { get; }
    DateOnly? Start { get; }
    DateOnly? End { get; }
    int? Hours { get; }
    string? Format { get; }
    string? Region { get; }
    string? Location { get; }
    IReadOnlyList<string>? Languages { get; }
    int? ExpertsWanted { get; }
    IReadOnlyList<string>? ExcludedOrganisations { get; }
}

internal static class RequestInput
{
    public const int DescriptionMaxLength = 4000;
    public const int MaxHours = 1000;

    public static void AddRequestRules<T>(this AbstractValidator<T> v) where T : IRequestInput
    {
        v.RuleFor(x => x.Phase).Must(p => p is null || Codes<Phase>.IsValid(p))
            .WithMessage($"'phase' must be one of: {string.Join(", ", Codes<Phase>.All)}.");
        v.RuleForEach(x => x.Bottlenecks).Must(Codes<Bottleneck>.IsValid)
            .WithMessage($"'bottlenecks' must hold only: {string.Join(", ", Codes<Bottleneck>.All)}.");
        v.RuleFor(x => x.Kind).Must(k => string.IsNullOrEmpty(k) || Codes<RequestKind>.IsValid(k))
            .WithMessage($"'kind' must be one of: {string.Join(", ", Codes<RequestKind>.All)}.");
        v.RuleFor(x => x.Tool).MaximumLength(200).SingleLine();
        v.RuleFor(x => x.Description).NotEmpty().MaximumLength(DescriptionMaxLength)
            .Must(d => !string.IsNullOrWhiteSpace(d)).WithMessage("'description' must not be blank.").NoControlCharacters();
        v.RuleFor(x => x.Start).Must(d => d is null || DateRules.IsInWindow(d.Value)).WithMessage(DateRules.OutOfRangeMessage).WithErrorCode(DateRules.OutOfRangeErrorCode);
        v.RuleFor(x => x.End).Must(d => d is null || DateRules.IsInWindow(d.Value)).WithMessage(DateRules.OutOfRangeMessage).WithErrorCode(DateRules.OutOfRangeErrorCode);
        v.RuleFor(x => x.End).Must((x, end) => end!.Value <= x.Start!.Value.AddYears(DateRules.MaxPeriodYears))
            .When(x => x.Start is { } s && x.End is { } e && DateRules.IsInWindow(s) && DateRules.IsInWindow(e))
            .WithMessage($"'end' must be at most {DateRules.MaxPeriodYears} years after 'start'.").WithErrorCode(DateRules.PeriodTooLongErrorCode);
        v.RuleFor(x => x.End).GreaterThanOrEqualTo(x => x.Start).When(x => x.Start is not null && x.End is not null)
            .WithMessage("'end' must not be before 'start'.");
        v.RuleFor(x => x.Hours).GreaterThan(0).LessThanOrEqualTo(MaxHours);
        v.RuleFor(x => x.Format).Must(f => string.IsNullOrEmpty(f) || Codes<WorkFormat>.IsValid(f))
            .WithMessage($"'format' must be one of: {string.Join(", ", Codes<WorkFormat>.All)}.");
        v.RuleFor(x => x.Region).Must(r => r is null || Provinces.IsKnown(r))
            .WithMessage($"'region' must be a Dutch province: {string.Join(", ", Provinces.All)}.");
        v.RuleFor(x => x.Location).MaximumLength(200).SingleLine();
        v.RuleForEach(x => x.Languages).Must(Codes<Language>.IsValid).WithMessage("'languages' must hold only: nl, en.");
        v.RuleFor(x => x.ExpertsWanted).InclusiveBetween(1, SupportRequest.MaxExpertsWanted)
            .WithMessage($"'expertsWanted' is 1 to {SupportRequest.MaxExpertsWanted}.");
        v.RuleFor(x => x.ExcludedOrganisations).Must(l => l is null || l.Count <= 50).WithMessage("'excludedOrganisations' holds at most 50 names.");
        v.RuleForEach(x => x.ExcludedOrganisations).NotEmpty().MaximumLength(200).SingleLine();
    }

    /// <summary>The details as sent; the terms a draft leaves open stay null (empty text counts as open).</summary>
    public static RequestDetails ToDetails(this IRequestInput input, Phase? phase, ToolId? tool) => new(
        phase,
        [.. (input.Bottlenecks ?? []).Select(Codes<Bottleneck>.Parse)],
        string.IsNullOrWhiteSpace(input.Kind) ? null : Codes<RequestKind>.Parse(input.Kind),
        tool,
        input.Description!,
        input.Start,
        input.End,
        input.Hours,
        string.IsNullOrWhiteSpace(input.Format) ? null : Codes<WorkFormat>.Parse(input.Format),
        string.IsNullOrWhiteSpace(input.Region) ? null : input.Region,
        input.Location,
        [.. (input.Languages ?? []).Select(Codes<Language>.Parse)],
        input.ExpertsWanted ?? 1,
        input.ExcludedOrganisations ?? []);
}
