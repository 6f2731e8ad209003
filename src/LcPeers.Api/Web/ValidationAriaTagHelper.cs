using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace LcPeers.Api.Web;

/// <summary>
/// Ties a field to its error message for screen readers: the message gets a stable id, and a field with an error gets
/// <c>aria-invalid</c> and <c>aria-describedby</c> pointing at it (next to any hint it already names).
/// </summary>
[HtmlTargetElement("input", Attributes = "asp-for")]
[HtmlTargetElement("select", Attributes = "asp-for")]
[HtmlTargetElement("textarea", Attributes = "asp-for")]
[HtmlTargetElement("span", Attributes = "asp-validation-for")]
public sealed class ValidationAriaTagHelper : TagHelper
{
    [HtmlAttributeName("asp-for")]
    public ModelExpression? For { get; set; }

    [HtmlAttributeName("asp-validation-for")]
    public ModelExpression? ValidationFor { get; set; }

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    /// <summary>After the built-in tag helpers.</summary>
    public override int Order => 1000;

    public static string ErrorId(string name) => TagBuilder.CreateSanitizedId(name, "_") + "-error";

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (ValidationFor is { } v)
        {
            output.Attributes.SetAttribute("id", ErrorId(v.Name));
            return;
        }

        if (For is null)
        {
            return;
        }

        var name = ViewContext.ViewData.TemplateInfo.GetFullHtmlFieldName(For.Name);
        if (ViewContext.ViewData.ModelState.TryGetValue(name, out var entry) && entry.Errors.Count > 0)
        {
            output.Attributes.SetAttribute("aria-invalid", "true");
            var describedBy = output.Attributes.TryGetAttribute("aria-describedby", out var existing) ? existing.Value + " " : "";
            output.Attributes.SetAttribute("aria-describedby", describedBy + ErrorId(name));
        }
    }
}
