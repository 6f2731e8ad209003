using System.Text.RegularExpressions;
using FluentValidation;

namespace LcPeers.Application.Common.Validation;

/// <summary>
/// Rules for text that reaches pages, emails and calendar invitations. Control characters are refused at the input
/// (a CR/LF in a name would otherwise add lines to an iCalendar or a mail header); the output escapes as well.
/// </summary>
public static partial class TextRules
{
    public const int EmailMaxLength = 254;

    /// <summary>Stable error codes of these rules: pages look their texts up by them, never by the English message.</summary>
    public const string SingleLineErrorCode = "text.single-line";

    public const string ControlCharactersErrorCode = "text.control-characters";

    public const string EmailErrorCode = "text.email";

    /// <summary>
    /// Names, titles, locations, codes: no control character at all (C0, DEL, C1) and no line or paragraph separator.
    /// </summary>
    public static IRuleBuilderOptions<T, string?> SingleLine<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(s => s is null || IsSingleLine(s)).WithMessage("'{PropertyName}' must not contain line breaks or control characters.")
            .WithErrorCode(SingleLineErrorCode);

    /// <summary>Free text (agenda, description, comment, reason): tab and line breaks are fine, other control characters are not.</summary>
    public static IRuleBuilderOptions<T, string?> NoControlCharacters<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(s => s is null || IsMultiLineText(s)).WithMessage("'{PropertyName}' must not contain control characters.")
            .WithErrorCode(ControlCharactersErrorCode);

    /// <summary>
    /// An email address as one plain <c>local@domain</c> (ASCII dot-atoms, a domain with a dot): the strictest form every
    /// mail library and calendar client parses the same way. No display name, quotes, comments, spaces or control characters.
    /// </summary>
    public static IRuleBuilderOptions<T, string?> ValidEmailAddress<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(s => s is null || IsEmailAddress(s)).WithMessage("'{PropertyName}' must be an email address such as name@example.nl.")
            .WithErrorCode(EmailErrorCode);

    public static bool IsSingleLine(string text)
    {
        foreach (var c in text)
        {
            if (char.IsControl(c) || c is '\u2028' or '\u2029')
            {
                return false;
            }
        }

        return true;
    }

    public static bool IsMultiLineText(string text)
    {
        foreach (var c in text)
        {
            if ((char.IsControl(c) && c is not ('\t' or '\r' or '\n')) || c is '\u2028' or '\u2029')
            {
                return false;
            }
        }

        return true;
    }

    public static bool IsEmailAddress(string text) => text.Length <= EmailMaxLength && EmailAddress().IsMatch(text);

    // RFC 5321/5322 dot-atom local part (at most 64 octets) and a domain of LDH labels with at least one dot.
    [GeneratedRegex(@"^(?=.{1,64}@)[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\z", RegexOptions.CultureInvariant)]
    private static partial Regex EmailAddress();
}
