using System.Globalization;
using System.Text;
using FluentValidation.Results;
using LcPeers.Api.Resources;
using Microsoft.Extensions.Localization;

namespace LcPeers.Api.Web;

/// <summary>
/// The one place where the API's English validation failures and rule codes become the page's language. A failure is
/// looked up by its validator error code and the field it is about (<c>Validation.PredicateValidator.kind</c>), then
/// by the error code alone (<c>Validation.MaximumLengthValidator</c>); a rule by its code (<c>Rule.session.in-past</c>).
/// Texts carry the field's label as <c>{Label}</c> and the rule's limits as FluentValidation's placeholders
/// (<c>{MaxLength}</c>, <c>{From}</c>, <c>{To}</c>, <c>{ComparisonValue}</c>). The API's own message never reaches a page.
/// </summary>
public sealed class UiMessages(IStringLocalizer<SharedResource> t)
{
    /// <summary>The resource keys tried, most specific first, for a failure with <paramref name="errorCode"/> on <paramref name="propertyPath"/>.</summary>
    public static IReadOnlyList<string> ValidationKeys(string errorCode, string? propertyPath)
    {
        var leaf = Leaf(propertyPath);
        return leaf.Length == 0 ? [$"Validation.{errorCode}"] : [$"Validation.{errorCode}.{leaf}", $"Validation.{errorCode}"];
    }

    /// <summary>The resource keys tried for a rule code, most specific first: the page's own (<c>Rule.duplicate.feedback</c>), the code's, a vocabulary's.</summary>
    public static IReadOnlyList<string> RuleKeys(string code, string? context)
    {
        var keys = new List<string>(3);
        if (!string.IsNullOrEmpty(context))
        {
            keys.Add($"Rule.{code}.{context}");
        }

        keys.Add($"Rule.{code}");
        if (code.EndsWith(".unknown", StringComparison.Ordinal))
        {
            keys.Add("Rule.unknown");
        }

        return keys;
    }

    /// <summary>The generic label key of an API field: <c>competences[0].level</c> is <c>Field.Level</c>.</summary>
    public static string FieldKey(string? propertyPath) => "Field." + Pascal(Leaf(propertyPath));

    /// <summary>The last name in an API field path, without indexes: <c>competences[0].level</c> is <c>level</c>, <c>tools[2]</c> is <c>tools</c>.</summary>
    public static string Leaf(string? propertyPath)
    {
        if (string.IsNullOrWhiteSpace(propertyPath))
        {
            return "";
        }

        var last = propertyPath.Split('.')[^1];
        var open = last.IndexOf('[', StringComparison.Ordinal);
        return open >= 0 ? last[..open] : last;
    }

    public static string Camel(string name) => name.Length == 0 ? name : char.ToLowerInvariant(name[0]) + name[1..];

    public static string Pascal(string name) => name.Length == 0 ? name : char.ToUpperInvariant(name[0]) + name[1..];

    /// <summary>The failure in the page's language, naming the field by <paramref name="label"/>.</summary>
    public string Validation(ValidationFailure failure, string label)
    {
        ArgumentNullException.ThrowIfNull(failure);
        var template = First(ValidationKeys(failure.ErrorCode ?? "", failure.PropertyName)) ?? t["Validation.Fallback"].Value;
        return Format(template, label, failure.FormattedMessagePlaceholderValues);
    }

    /// <summary>The label of an API field when the form has none of its own.</summary>
    public string Label(string? propertyPath) => First([FieldKey(propertyPath)]) ?? t["Field.Generic"].Value;

    /// <summary>A broken rule in the page's language; <paramref name="context"/> picks a page's own wording when it has one.</summary>
    public string Rule(string code, string? context = null) => First(RuleKeys(code, context)) ?? t["Rule.Fallback"].Value;

    /// <summary>The value of the first key the resources hold, or null.</summary>
    public string? First(IEnumerable<string> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        foreach (var key in keys)
        {
            var text = t[key];
            if (!text.ResourceNotFound)
            {
                return text.Value;
            }
        }

        return null;
    }

    private static string Format(string template, string label, IReadOnlyDictionary<string, object>? values)
    {
        var result = new StringBuilder(template.Length + label.Length);
        var i = 0;
        while (i < template.Length)
        {
            var open = template.IndexOf('{', i);
            var close = open < 0 ? -1 : template.IndexOf('}', open);
            if (close < 0)
            {
                result.Append(template, i, template.Length - i);
                break;
            }

            result.Append(template, i, open - i);
            var name = template[(open + 1)..close];
            result.Append(name == "Label" ? label : Value(values, name) ?? template[open..(close + 1)]);
            i = close + 1;
        }

        return result.ToString();
    }

    private static string? Value(IReadOnlyDictionary<string, object>? values, string name) =>
        values is not null && values.TryGetValue(name, out var value) && value is not null
            ? value switch
            {
                DateOnly d => d.ToString("d MMMM yyyy", CultureInfo.CurrentCulture),
                DateTime dt => dt.ToString("d MMMM yyyy HH:mm", CultureInfo.CurrentCulture),
                IFormattable f => f.ToString(null, CultureInfo.CurrentCulture),
                _ => value.ToString(),
            }
            : null;
}
