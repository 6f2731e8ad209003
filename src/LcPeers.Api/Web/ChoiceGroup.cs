namespace LcPeers.Api.Web;

/// <summary>One option of a checkbox or radio group.</summary>
public sealed record Choice(string Value, string Label, string? Hint = null);

/// <summary>
/// A group of checkboxes (or radio buttons) in a fieldset with a legend, its hint and the error for the whole list,
/// rendered by the <c>_ChoiceGroup</c> partial.
/// </summary>
public sealed record ChoiceGroup(string Name, string Legend, IReadOnlyList<Choice> Options, IReadOnlyCollection<string?> Selected, string? Hint = null, bool Multiple = true)
{
    public string Id => Microsoft.AspNetCore.Mvc.Rendering.TagBuilder.CreateSanitizedId(Name, "_");

    public string ErrorId => ValidationAriaTagHelper.ErrorId(Name);
}
