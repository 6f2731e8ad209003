using FluentValidation;
using LcPeers.Application.Common;
using LcPeers.Application.Common.Validation;
using LcPeers.Domain.Common;
using LcPeers.Domain.Reference;
using LcPeers.Domain.Tools;

namespace LcPeers.Application.GoodPractices;

/// <summary>The fields of a good practice as staff send them; the tool by catalogue name or id.</summary>
public interface IGoodPracticeInput
{
    string? Title { get; }
    string? Phase { get; }
    string? Bottleneck { get; }
    string? WhatWasDone { get; }
    string? WhatItBrought { get; }
    string? Contact { get; }
    string? Tool { get; }
}

internal static class GoodPracticeInput
{
    public static void AddGoodPracticeRules<T>(this AbstractValidator<T> v) where T : IGoodPracticeInput
    {
        v.RuleFor(x => x.Title).NotEmpty().MaximumLength(GoodPractice.TitleMaxLength).SingleLine();
        v.RuleFor(x => x.Phase).NotEmpty().Must(p => p is null || Codes<Phase>.IsValid(p))
            .WithMessage($"'phase' must be one of: {string.Join(", ", Codes<Phase>.All)}.");
        v.RuleFor(x => x.Bottleneck).NotEmpty().Must(b => b is null || Codes<Bottleneck>.IsValid(b))
            .WithMessage($"'bottleneck' must be one of: {string.Join(", ", Codes<Bottleneck>.All)}.");
        v.RuleFor(x => x.WhatWasDone).NotEmpty().MaximumLength(GoodPractice.TextMaxLength).NoControlCharacters();
        v.RuleFor(x => x.WhatItBrought).NotEmpty().MaximumLength(GoodPractice.TextMaxLength).NoControlCharacters();
        v.RuleFor(x => x.Contact).NotEmpty().MaximumLength(GoodPractice.ContactMaxLength).SingleLine();
        v.RuleFor(x => x.Tool).MaximumLength(Domain.Tools.Tool.NameMaxLength).SingleLine();
    }

    /// <summary>The content as sent, with the tool resolved against the catalogue (an unknown one is a 400 naming it).</summary>
    public static async Task<GoodPracticeContent> ToContentAsync(this IGoodPracticeInput input, ToolResolver tools, CancellationToken ct) => new(
        input.Title!,
        Codes<Phase>.Parse(input.Phase!),
        Codes<Bottleneck>.Parse(input.Bottleneck!),
        input.WhatWasDone!,
        input.WhatItBrought!,
        input.Contact!,
        await tools.ResolveOneAsync(input.Tool, "tool", ct));
}
