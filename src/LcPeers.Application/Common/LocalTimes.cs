using System.Globalization;
using System.Text.RegularExpressions;

namespace LcPeers.Application.Common;

/// <summary>
/// Session times as people write them: without an offset they are wall-clock time in Europe/Amsterdam; with an
/// offset (or Z) they are instants. Stored as UTC; shown in Amsterdam time.
/// </summary>
public static partial class LocalTimes
{
    public const string Amsterdam = "Europe/Amsterdam";

    public static TimeZoneInfo Zone(string id) => TimeZoneInfo.FindSystemTimeZoneById(id);

    /// <returns>
    /// False for text that is no date-time (a date and a time are both required: "10:00" alone is not one), a
    /// wall-clock time that does not exist (the spring gap), or a moment outside the years 2000 to 2099.
    /// </returns>
    public static bool TryParse(string? text, string timeZone, out DateTimeOffset instant)
    {
        instant = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        text = text.Trim();
        if (!DateAndTime().IsMatch(text))
        {
            return false;
        }

        if (HasOffset().IsMatch(text))
        {
            if (!DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var withOffset)
                || !Validation.DateRules.IsInWindow(withOffset.UtcDateTime))
            {
                return false;
            }

            instant = withOffset.ToUniversalTime();
            return true;
        }

        if (!DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local) || !Validation.DateRules.IsInWindow(local))
        {
            return false;
        }

        var zone = Zone(timeZone);
        local = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(local))
        {
            return false;
        }

        instant = new DateTimeOffset(local, zone.GetUtcOffset(local)).ToUniversalTime();
        return true;
    }

    /// <summary>The wall-clock time of an instant in the zone.</summary>
    public static DateTime ToLocal(DateTimeOffset instant, string timeZone) =>
        TimeZoneInfo.ConvertTime(instant, Zone(timeZone)).DateTime;

    // ISO 8601 as clients send it: a full date, 'T' or a space, hours and minutes, optional seconds and fraction, optional offset.
    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d{1,7})?)?(Z|[+-]\d{2}:?\d{2})?\z", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DateAndTime();

    [GeneratedRegex(@"(Z|[+-]\d{2}:?\d{2})$", RegexOptions.IgnoreCase)]
    private static partial Regex HasOffset();
}
