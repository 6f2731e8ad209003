using System.Globalization;
using LcPeers.Api.Resources;
using LcPeers.Application.Common;
using LcPeers.Application.Common.Accounts;
using LcPeers.Domain.Accounts;
using LcPeers.Domain.Experts;
using Microsoft.Extensions.Localization;

namespace LcPeers.Api.Web;

/// <summary>Display helpers for the pages: the visitor's language, dates in Dutch time.</summary>
public static class Ui
{
    private static readonly TimeZoneInfo Amsterdam = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    public static bool IsEnglish => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    /// <summary>Dutch or English text from the data; the other language when the wanted one is empty.</summary>
    public static string Text(LocalizedText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var (wanted, other) = IsEnglish ? (text.En, text.Nl) : (text.Nl, text.En);
        return string.IsNullOrWhiteSpace(wanted) ? other : wanted;
    }

    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.CurrentCulture);

    /// <summary>A period as "1 maart 2027 t/m 30 juni 2027"; an end or start a draft leaves open reads "nog niet ingevuld".</summary>
    public static string Period(IStringLocalizer<SharedResource> t, DateOnly? start, DateOnly? end)
    {
        ArgumentNullException.ThrowIfNull(t);
        return start is null && end is null
            ? t["Value.Open"].Value
            : t["Request.PeriodValue", start is { } s ? Date(s) : t["Value.Open"].Value, end is { } e ? Date(e) : t["Value.Open"].Value].Value;
    }

    /// <summary>The day of a moment in Dutch local time, as "2 december 2026".</summary>
    public static string Day(DateTimeOffset at) => Date(DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, Amsterdam).DateTime));

    /// <summary>A moment in Dutch local time (stored in UTC).</summary>
    public static string When(DateTimeOffset at) =>
        TimeZoneInfo.ConvertTime(at, Amsterdam).ToString("d MMMM yyyy HH:mm", CultureInfo.CurrentCulture);

    /// <summary>
    /// A count with its noun and verb in the right number: <c>{key}.One</c> for exactly one ("1 expert komt in
    /// aanmerking"), <c>{key}</c> otherwise ("3 experts komen in aanmerking").
    /// </summary>
    public static string Count(this IStringLocalizer<SharedResource> t, string key, int count)
    {
        ArgumentNullException.ThrowIfNull(t);
        var text = count == 1 ? t[$"{key}.One", count] : t[key, count];
        return text.ResourceNotFound ? t[key, count].Value : text.Value;
    }

    /// <summary>The label of a code from a fixed list (status, kind, role): resource key <c>Code.{group}.{code}</c>.</summary>
    public static string Code(this IStringLocalizer<SharedResource> t, string group, string? code)
    {
        ArgumentNullException.ThrowIfNull(t);
        if (code is null)
        {
            return "";
        }

        var text = t[$"Code.{group}.{code}"];
        return text.ResourceNotFound ? code : text.Value;
    }

    /// <summary>
    /// Who did something, as the API names them: an address, or "verwijderde gebruiker" / "deleted user" for an erased
    /// person and "systeem" / "system" for background work (<see cref="ActorNames"/>).
    /// </summary>
    public static string Actor(this IStringLocalizer<SharedResource> t, string? actor)
    {
        ArgumentNullException.ThrowIfNull(t);
        return actor switch
        {
            null => "",
            ActorNames.Deleted => t["Actor.Deleted"],
            Account.SystemName => t["Actor.System"],
            _ => actor,
        };
    }

    /// <summary>
    /// An expert's display name, or "verwijderde gebruiker" / "deleted user" for the stub an erasure leaves
    /// (<see cref="Expert.ErasedDisplayName"/>), so an erased person reads the same on every page.
    /// </summary>
    public static string ExpertName(this IStringLocalizer<SharedResource> t, string? name)
    {
        ArgumentNullException.ThrowIfNull(t);
        return name == Expert.ErasedDisplayName ? t["Actor.Deleted"] : name ?? "";
    }

    /// <summary>
    /// A text that depends on a count: resource <c>{key}.One</c> for exactly one, <c>{key}.Other</c> otherwise; the
    /// count is argument {0}, <paramref name="more"/> follow.
    /// </summary>
    public static string Plural(this IStringLocalizer<SharedResource> t, string key, int count, params object[] more)
    {
        ArgumentNullException.ThrowIfNull(t);
        ArgumentNullException.ThrowIfNull(more);
        return t[count == 1 ? key + ".One" : key + ".Other", [count, .. more]].Value;
    }
}
