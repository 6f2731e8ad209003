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

    /// <returns>False for text that is no date-time, or a wall-clock time that does not exist (the spring gap).</returns>
    public static bool TryParse(string? text, string timeZone, out DateTimeOffset instant)
    {
        instant = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        text = text.Trim();
        if (HasOffset().IsMatch(text))
        {
            if (!DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var withOffset))
            {
                return false;
            }

            instant = withOffset.ToUniversalTime();
            return true;
        }

        if (!DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
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

    [GeneratedRegex(@"(Z|[+-]\d{2}:?\d{2})$", RegexOptions.IgnoreCase)]
    private static partial Regex HasOffset();
}
