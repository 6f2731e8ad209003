using FluentValidation;
using LcPeers.Application.Common;
using LcPeers.Application.Common.Validation;
using LcPeers.Domain.Common;
using LcPeers.Domain.Reference;
using LcPeers.Domain.Stories;

namespace LcPeers.Application.Stories;

/// <summary>The fields of a success story as authors send them; tools by catalogue name or id.</summary>
public interface IStoryInput
{
    string? Title { get; }
    string? WhatWasStuck { get; }
    string? WhoHelped { get; }
    string? WhatChanged { get; }
    string? Phase { get; }
    IReadOnlyList<string>? Bottlenecks { get; }
    IReadOnlyList<string>? Tools { get; }
    bool? NameExpert { get; }
}

internal static class StoryInput
{
    public static void AddStoryRules<T>(this AbstractValidator<T> v) where T : IStoryInput
    {
        v.RuleFor(x => x.Title).NotEmpty().MaximumLength(Story.TitleMaxLength).SingleLine();
        v.RuleFor(x => x.WhatWasStuck).NotEmpty().MaximumLength(Story.TextMaxLength).NoControlCharacters();
        v.RuleFor(x => x.WhoHelped).NotEmpty().MaximumLength(Story.TextMaxLength).NoControlCharacters();
        v.RuleFor(x => x.WhatChanged).NotEmpty().MaximumLength(Story.TextMaxLength).NoControlCharacters();
        v.RuleFor(x => x.Phase).NotEmpty().Must(p => p is null || Codes<Phase>.IsValid(p))
            .WithMessage($"'phase' must be one of: {string.Join(", ", Codes<Phase>.All)}.");
        v.RuleForEach(x => x.Bottlenecks).Must(Codes<Bottleneck>.IsValid)
            .WithMessage($"'bottlenecks' must hold only: {string.Join(", ", Codes<Bottleneck>.All)}.");
        v.RuleFor(x => x.Tools).Must(t => t is null || t.Count <= Story.MaxTools).WithMessage($"'tools' holds at most {Story.MaxTools} tools.");
        v.RuleForEach(x => x.Tools).NotEmpty().MaximumLength(200).SingleLine();
    }

    /// <summary>The content as sent, with the tools resolved against the catalogue (an unknown one is a 400 naming it).</summary>
    public static async Task<StoryContent> ToContentAsync(this IStoryInput input, ToolResolver tools, CancellationToken ct) => new(
        input.Title!,
        input.WhatWasStuck!,
        input.WhoHelped!,
        input.WhatChanged!,
        Codes<Phase>.Parse(input.Phase!),
        [.. (input.Bottlenecks ?? []).Select(Codes<Bottleneck>.Parse)],
        await tools.ResolveAsync(input.Tools, "tools", ct),
        input.NameExpert ?? false);
}
