using System.Reflection;
using FluentValidation;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace LcPeers.Api.Web;

/// <summary>
/// Puts the API's validation messages next to the form fields they are about. FluentValidation names fields as the
/// JSON body does (<c>competences[0].level</c>); a form binds <c>Form.Competences[3].Level</c>. Lists a form shows
/// with gaps (only the chosen rows are sent) map their indexes back; an error on one item of a simple list
/// (<c>tools[2]</c>) belongs to the list's field. Anything the form has no field for goes to the top of the form.
/// Messages are written in the page's language by <see cref="UiMessages"/> and name the field by the label the form
/// shows: the label key given with <see cref="Label"/>, else <c>{labelPrefix}.{Field}</c> (<c>Request.Hours</c>),
/// else the generic <c>Field.{Field}</c>.
/// </summary>
public sealed class FormErrorMap(string prefix, Type formType, string? labelPrefix = null)
{
    private readonly Dictionary<string, string> _indexes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _labels = new(StringComparer.Ordinal);

    /// <summary>The item sent as <paramref name="list"/>[<paramref name="sentIndex"/>] is row <paramref name="formIndex"/> of the form.</summary>
    public FormErrorMap MapIndex(string list, int sentIndex, int formIndex)
    {
        _indexes[$"{list}[{sentIndex}]"] = $"{list}[{formIndex}]";
        return this;
    }

    /// <summary>
    /// The form labels the API field <paramref name="apiLeaf"/> (<c>rolesOffered</c>, or with its list <c>contacts.name</c>)
    /// with the text <paramref name="labelKey"/>.
    /// </summary>
    public FormErrorMap Label(string apiLeaf, string labelKey)
    {
        _labels[apiLeaf] = labelKey;
        return this;
    }

    public void AddTo(ModelStateDictionary modelState, ValidationException exception, UiMessages messages)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        ArgumentNullException.ThrowIfNull(exception);
        ArgumentNullException.ThrowIfNull(messages);
        foreach (var error in exception.Errors)
        {
            var key = ToFormKey(error.PropertyName) ?? string.Empty;
            var message = messages.Validation(error, RowLabel(LabelOf(error.PropertyName, messages), key));
            if (modelState.TryGetValue(key, out var entry) && entry.Errors.Any(e => e.ErrorMessage == message))
            {
                continue; // one text for two rules (e.g. "fill in" for both empty and null) is said once
            }

            modelState.AddModelError(key, message);
        }
    }

    /// <summary>The label the form shows for an API field, in the page's language.</summary>
    public string LabelOf(string? apiName, UiMessages messages)
    {
        ArgumentNullException.ThrowIfNull(messages);
        var leaf = UiMessages.Leaf(apiName);
        var path = WithoutIndexes(apiName ?? "");
        List<string> keys = [];
        if (_labels.TryGetValue(path, out var inList))
        {
            keys.Add(inList);
        }

        if (_labels.TryGetValue(leaf, out var own))
        {
            keys.Add(own);
        }

        if (labelPrefix is not null && leaf.Length > 0)
        {
            keys.Add($"{labelPrefix}.{UiMessages.Pascal(leaf)}");
        }

        return messages.First(keys) ?? messages.Label(apiName);
    }

    /// <summary>The form field's model-state key for an API field name, or null when the form has no such field.</summary>
    public string? ToFormKey(string? apiName)
    {
        if (string.IsNullOrWhiteSpace(apiName))
        {
            return null;
        }

        var name = apiName;
        foreach (var (sent, shown) in _indexes)
        {
            if (name.StartsWith(sent, StringComparison.Ordinal) && (name.Length == sent.Length || name[sent.Length] == '.'))
            {
                name = shown + name[sent.Length..];
                break;
            }
        }

        var segments = name.Split('.');
        var last = segments[^1];
        if (last.EndsWith(']') && last.IndexOf('[', StringComparison.Ordinal) is var open and > 0)
        {
            segments[^1] = last[..open];
        }

        for (var i = 0; i < segments.Length; i++)
        {
            segments[i] = char.ToUpperInvariant(segments[i][0]) + segments[i][1..];
        }

        var root = segments[0].Split('[')[0];
        if (formType.GetProperty(root, BindingFlags.Public | BindingFlags.Instance) is null)
        {
            return null;
        }

        var field = string.Join('.', segments);
        return prefix.Length == 0 ? field : prefix + "." + field;
    }

    /// <summary>Labels of rows ("Naam (contactpersoon {0})") get the row's number as the form shows it.</summary>
    private static string RowLabel(string label, string formKey)
    {
        if (!label.Contains("{0}", StringComparison.Ordinal))
        {
            return label;
        }

        var close = formKey.LastIndexOf(']');
        var open = close < 0 ? -1 : formKey.LastIndexOf('[', close);
        var row = open >= 0 && int.TryParse(formKey.AsSpan(open + 1, close - open - 1), System.Globalization.CultureInfo.InvariantCulture, out var index) ? index + 1 : 1;
        return label.Replace("{0}", row.ToString(System.Globalization.CultureInfo.CurrentCulture), StringComparison.Ordinal);
    }

    private static string WithoutIndexes(string name)
    {
        var result = new System.Text.StringBuilder(name.Length);
        var depth = 0;
        foreach (var c in name)
        {
            depth += c == '[' ? 1 : c == ']' ? -1 : 0;
            if (depth == 0 && c != ']')
            {
                result.Append(c);
            }
        }

        return result.ToString();
    }
}
