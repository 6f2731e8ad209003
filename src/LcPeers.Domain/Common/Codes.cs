using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace LcPeers.Domain.Common;

/// <summary>
/// Maps an enum to its stable lower-case, dash-separated code (PeerReview ↔ "peer-review").
/// The codes are the public contract of the vocabulary; enum names are free to read well in C#.
/// </summary>
[SuppressMessage("Design", "CA1000:Do not declare static members on generic types", Justification = "Codes<Phase>.Of(p) reads as intended; the type argument is always explicit.")]
public static class Codes<TEnum> where TEnum : struct, Enum
{
    private static readonly FrozenDictionary<TEnum, string> ToCodeMap =
        Enum.GetValues<TEnum>().ToFrozenDictionary(v => v, v => Kebab(v.ToString()));

    private static readonly FrozenDictionary<string, TEnum> FromCodeMap =
        ToCodeMap.ToFrozenDictionary(kv => kv.Value, kv => kv.Key, StringComparer.Ordinal);

    public static IReadOnlyCollection<string> All => ToCodeMap.Values;

    public static string Of(TEnum value) =>
        ToCodeMap.TryGetValue(value, out var code) ? code : throw new ArgumentOutOfRangeException(nameof(value), value, null);

    public static bool TryParse([NotNullWhen(true)] string? code, out TEnum value)
    {
        if (code is not null && FromCodeMap.TryGetValue(code.Trim().ToLowerInvariant(), out value))
        {
            return true;
        }

        value = default;
        return false;
    }

    public static bool IsValid(string? code) => TryParse(code, out _);

    public static TEnum Parse(string code) =>
        TryParse(code, out var value)
            ? value
            : throw new BusinessRuleException($"{typeof(TEnum).Name.ToLowerInvariant()}.unknown", $"'{code}' is not a known {typeof(TEnum).Name} code.");

    private static string Kebab(string name)
    {
        var sb = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c) && i > 0)
            {
                sb.Append('-');
            }

            sb.Append(char.ToLowerInvariant(c));
        }

        return sb.ToString();
    }
}
