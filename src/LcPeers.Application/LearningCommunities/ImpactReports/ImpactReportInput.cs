using FluentValidation;
using LcPeers.Application.Common.Validation;
using LcPeers.Domain.LearningCommunities;

namespace LcPeers.Application.LearningCommunities.ImpactReports;

/// <summary>The figures of an impact report as clients send them; null means "not sent" and is refused.</summary>
public interface IImpactReportInput
{
    int? StudentsTrained { get; }
    int? WorkersUpskilled { get; }
    int? Innovations { get; }
    int? PartnersJoined { get; }
    int? PartnersLeft { get; }
    string? Narrative { get; }
}

internal static class ImpactReportInput
{
    public static ImpactFigures ToFigures(this IImpactReportInput input) => new(
        input.StudentsTrained!.Value, input.WorkersUpskilled!.Value, input.Innovations!.Value, input.PartnersJoined!.Value, input.PartnersLeft!.Value,
        input.Narrative);

    /// <summary>Every figure is a whole number from 0 to its sane maximum; the narrative is text of bounded length.</summary>
    public static void AddImpactFigureRules<T>(this AbstractValidator<T> validator) where T : IImpactReportInput
    {
        validator.RuleFor(x => x.StudentsTrained).NotNull().InclusiveBetween(0, ImpactIndicators.MaxOf(ImpactIndicators.StudentsTrained));
        validator.RuleFor(x => x.WorkersUpskilled).NotNull().InclusiveBetween(0, ImpactIndicators.MaxOf(ImpactIndicators.WorkersUpskilled));
        validator.RuleFor(x => x.Innovations).NotNull().InclusiveBetween(0, ImpactIndicators.MaxOf(ImpactIndicators.Innovations));
        validator.RuleFor(x => x.PartnersJoined).NotNull().InclusiveBetween(0, ImpactIndicators.MaxOf(ImpactIndicators.PartnersJoined));
        validator.RuleFor(x => x.PartnersLeft).NotNull().InclusiveBetween(0, ImpactIndicators.MaxOf(ImpactIndicators.PartnersLeft));
        validator.RuleFor(x => x.Narrative).MaximumLength(ImpactReport.NarrativeMaxLength).NoControlCharacters();
    }
}
