using FluentValidation;
using LcPeers.Application.Common.Validation;
using LcPeers.Domain.Common;
using LcPeers.Domain.LearningCommunities;
using LcPeers.Domain.Reference;

namespace LcPeers.Application.LearningCommunities;

/// <summary>The fields staff write when creating or editing an LC.</summary>
public interface ILearningCommunityInput
{
    string? Name { get; }
    string? Region { get; }
    string? Type { get; }
    string? Status { get; }
    string? Phase { get; }
    int? PartnerCount { get; }
    bool? PartnerCountIsMinimum { get; }
    IReadOnlyList<string>? PartnerOrganisations { get; }
    IReadOnlyList<string>? Sectors { get; }
    IReadOnlyList<ContactPersonDto>? Contacts { get; }
    string? Description { get; }
    IReadOnlyList<PartnerTypeInput>? PartnerTypes { get; }
    int? StartedYear { get; }
}

/// <summary>How many partners of one kind (<see cref="Domain.LearningCommunities.PartnerTypes"/>: vo, mbo, hbo, wo, company, sme, government, research).</summary>
public sealed record PartnerTypeInput(string? Type, int? Count);

internal static class LearningCommunityInput
{
    public const int NameMaxLength = 200;
    public const int RegionMaxLength = 200;
    public const int OrganisationMaxLength = 200;
    public const int MaxPartnerOrganisations = 500;
    public const int DescriptionMaxLength = 4000;
    public const int FirstStartedYear = 1950;
    public const int LastStartedYear = 2100;

    /// <summary>Field rules shared by create and update; property names are the JSON field names.</summary>
    public static void AddInputRules<T>(this AbstractValidator<T> v) where T : ILearningCommunityInput
    {
        v.RuleFor(x => x.Name).NotEmpty().MaximumLength(NameMaxLength)
            .Must(n => !string.IsNullOrWhiteSpace(n)).WithMessage("'name' must not be blank.").SingleLine().WithName("name");
        v.RuleFor(x => x.Region).MaximumLength(RegionMaxLength).SingleLine().WithName("region");
        v.RuleFor(x => x.Type).Must(t => t is null || Codes<LearningCommunityType>.IsValid(t))
            .WithMessage($"'type' must be one of: {string.Join(", ", Codes<LearningCommunityType>.All)}.").WithName("type");
        v.RuleFor(x => x.Status).Must(s => s is null || Codes<LearningCommunityStatus>.IsValid(s))
            .WithMessage($"'status' must be one of: {string.Join(", ", Codes<LearningCommunityStatus>.All)}.").WithName("status");
        v.RuleFor(x => x.Phase).Must(p => p is null || Codes<Phase>.IsValid(p))
            .WithMessage($"'phase' must be one of: {string.Join(", ", Codes<Phase>.All)}.").WithName("phase");
        v.RuleFor(x => x.PartnerCount).GreaterThanOrEqualTo(0).LessThanOrEqualTo(100_000).WithName("partnerCount");
        v.RuleFor(x => x.PartnerOrganisations).Must(list => list is null || list.Count <= MaxPartnerOrganisations)
            .WithMessage($"'partnerOrganisations' holds at most {MaxPartnerOrganisations} names.").WithName("partnerOrganisations");
        v.RuleForEach(x => x.PartnerOrganisations).NotEmpty().MaximumLength(OrganisationMaxLength).SingleLine().OverridePropertyName("partnerOrganisations");
        v.RuleForEach(x => x.Sectors).Must(Domain.Reference.Sectors.IsKnown)
            .WithMessage($"'sectors' must hold only: {string.Join(", ", Domain.Reference.Sectors.All)}.").OverridePropertyName("sectors");
        v.RuleForEach(x => x.Contacts).NotNull().ChildRules(c =>
        {
            c.RuleFor(x => x.Name).NotEmpty().MaximumLength(200).SingleLine().WithName("name");
            c.RuleFor(x => x.Role).MaximumLength(200).SingleLine().WithName("role");
            c.RuleFor(x => x.Email).MaximumLength(TextRules.EmailMaxLength).ValidEmailAddress().WithName("email");
            c.RuleFor(x => x.Phone).MaximumLength(50).SingleLine().WithName("phone");
        }).OverridePropertyName("contacts");
        v.RuleFor(x => x.Description).MaximumLength(DescriptionMaxLength).NoControlCharacters().WithName("description");
        v.RuleForEach(x => x.PartnerTypes).NotNull().ChildRules(p =>
        {
            p.RuleFor(x => x.Type).Must(PartnerTypes.IsKnown)
                .WithMessage($"'type' must be one of: {string.Join(", ", PartnerTypes.All)}.").WithName("type");
            p.RuleFor(x => x.Count).NotNull().InclusiveBetween(1, PartnerTypes.MaxCount).WithName("count");
        }).OverridePropertyName("partnerTypes");
        v.RuleFor(x => x.PartnerTypes).Must(list => list is null || list.Where(p => p is not null).GroupBy(p => p.Type).All(g => g.Count() == 1))
            .WithMessage("'partnerTypes' names each kind of partner once.").WithName("partnerTypes");
        v.RuleFor(x => x.StartedYear).InclusiveBetween(FirstStartedYear, LastStartedYear).WithName("startedYear");
    }

    /// <summary>Builds the domain profile from validated input; defaults: type other, status active.</summary>
    public static LearningCommunityProfile ToProfile(this ILearningCommunityInput input) => new(
        input.Name!,
        input.Region,
        input.Type is null ? LearningCommunityType.Other : Codes<LearningCommunityType>.Parse(input.Type),
        input.Status is null ? LearningCommunityStatus.Active : Codes<LearningCommunityStatus>.Parse(input.Status),
        input.Phase is null ? null : Codes<Phase>.Parse(input.Phase),
        input.PartnerCount is { } n ? new PartnerCount(n, input.PartnerCountIsMinimum ?? false) : null,
        input.PartnerOrganisations ?? [],
        [.. (input.Sectors ?? []).Select(s => s.Trim().ToLowerInvariant())],
        [.. (input.Contacts ?? []).Select(c => new ContactPerson(c.Name, c.Role, c.Email, c.Phone))],
        input.Description,
        [.. (input.PartnerTypes ?? []).Select(p => new PartnerTypeCount(p.Type!, p.Count!.Value))],
        input.StartedYear);
}
