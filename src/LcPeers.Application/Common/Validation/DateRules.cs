namespace LcPeers.Application.Common.Validation;

/// <summary>
/// The window of dates the service accepts. Outside it nothing is meaningful for a learning community, and the
/// extremes (0001-01-01, 9999-12-31) overflow as soon as a time-zone offset is applied.
/// </summary>
public static class DateRules
{
    public const int EarliestYear = 2000;
    public const int LatestYear = 2099;

    /// <summary>A request's period (start to end) spans at most this many years.</summary>
    public const int MaxPeriodYears = 5;

    /// <summary>Stable error codes for date checks that share a field with others (pages look their texts up by them).</summary>
    public const string OutOfRangeErrorCode = "date.out-of-range";

    public const string PeriodTooLongErrorCode = "date.period-too-long";

    public const string LocalTimeErrorCode = "date.local-time";

    public const string EndBeforeStartErrorCode = "date.end-before-start";

    public const string OutOfRangeMessage = "'{PropertyName}' must be a date between 2000-01-01 and 2099-12-31.";

    public static readonly DateOnly EarliestDate = new(EarliestYear, 1, 1);
    public static readonly DateOnly LatestDate = new(LatestYear, 12, 31);

    public static bool IsInWindow(DateOnly date) => date >= EarliestDate && date <= LatestDate;

    public static bool IsInWindow(DateTime dateTime) => dateTime.Year is >= EarliestYear and <= LatestYear;
}
