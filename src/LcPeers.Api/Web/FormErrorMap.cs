using System.Reflection;
using FluentValidation;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace LcPeers.Api.Web;

/// <summary>
/// Puts the API's validation messages next to the form fields they are about. FluentValidation names fields as the
/// JSON body does (<c>competences[0].level</c>); a form binds <c>Form.Competences[3].Level</c>. Lists a form shows
/// with gaps (only the chosen rows are sent) map their indexes back; an error on one item of a simple list
/// (<c>tools[2]</c>) belongs to the list's field. Anything the form has no field for goes to the top of the form.
/// </summary>
public sealed class FormErrorMap(string prefix, Type formType)
{
    private readonly Dictionary<string, string> _indexes = new(StringComparer.Ordinal);

    /// <summary>The item sent as <paramref name="list"/>[<paramref name="sentIndex"/>] is row <paramref name="formIndex"/> of the form.</summary>
    public FormErrorMap MapIndex(string list, int sentIndex, int formIndex)
    {
        _indexes[$"{list}[{sentIndex}]"] = $"{list}[{formIndex}]";
        return this;
    }

    public void AddTo(ModelStateDictionary modelState, ValidationException exception)
    {
        foreach (var error in exception.Errors)
        {
            modelState.AddModelError(ToFormKey(error.PropertyName) ?? string.Empty, error.ErrorMessage);
        }
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

        return prefix + "." + string.Join('.', segments);
    }
}
