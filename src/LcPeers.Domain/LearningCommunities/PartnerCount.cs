namespace LcPeers.Domain.LearningCommunities;

/// <summary>
/// The number of partners as the source gives it: exact ("28") or a lower bound ("&gt;150" is at least 150).
/// </summary>
public readonly record struct PartnerCount
{
    public PartnerCount(int value, bool isMinimum)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(value);
        Value = value;
        IsMinimum = isMinimum;
    }

    public int Value { get; }

    /// <summary>True when the source only says "more than" (the report prints "&gt;150").</summary>
    public bool IsMinimum { get; }

    public override string ToString() => IsMinimum ? $">{Value}" : Value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Parses the report's notation: "28", "&gt;150"; empty means unknown.</summary>
    public static PartnerCount? ParseOrNull(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var t = text.Trim();
        var minimum = t.StartsWith('>');
        var digits = minimum ? t[1..].Trim() : t;
        return int.TryParse(digits, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n)
            ? new PartnerCount(n, minimum)
            : throw new FormatException($"'{text}' is not a partner count.");
    }
}
