using LcPeers.Domain.Reference;

namespace LcPeers.Domain.Tools;

/// <summary>
/// A method or instrument from the catalogue (report, ch. 3.2 and Table 4), tied to the phases it serves and
/// the bottleneck themes it helps with. Most tools need a trained facilitator: that is where experts come in.
/// </summary>
public sealed class Tool
{
    /// <summary>Tools staff add are numbered from here, clear of the report's inventory (and of tools later added to it).</summary>
    public const int FirstAddedNumber = 101;

    public const int NameMaxLength = 200;
    public const int DescriptionMaxLength = 2000;

    private Tool() { } // for EF

    public ToolId Id { get; private set; }

    /// <summary>The tool's number in the report's inventory.</summary>
    public int Number { get; private set; }

    public string Name { get; private set; } = "";
    public IReadOnlyList<Phase> Phases { get; private set; } = [];
    public IReadOnlyList<Bottleneck> Bottlenecks { get; private set; } = [];
    public bool NeedsFacilitator { get; private set; }

    /// <summary>Made for Learning Communities specifically (rather than partnerships in general).</summary>
    public bool LcSpecific { get; private set; }

    public string DescriptionEn { get; private set; } = "";
    public string DescriptionNl { get; private set; } = "";

    public static Tool Define(ToolId id, int number, string name, IEnumerable<Phase> phases, IEnumerable<Bottleneck> bottlenecks,
        bool needsFacilitator, bool lcSpecific, string descriptionNl, string descriptionEn)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        return new Tool
        {
            Id = id,
            Number = number,
            Name = name.Trim(),
            Phases = [.. phases.Distinct().Order()],
            Bottlenecks = [.. bottlenecks.Distinct().Order()],
            NeedsFacilitator = needsFacilitator,
            LcSpecific = lcSpecific,
            DescriptionNl = descriptionNl,
            DescriptionEn = descriptionEn,
        };
    }

    /// <summary>The number a tool staff add gets, after the highest in the catalogue and never below <see cref="FirstAddedNumber"/>.</summary>
    public static int NextAddedNumber(int? highest) => Math.Max(FirstAddedNumber, (highest ?? 0) + 1);

    /// <summary>A tool staff add to the catalogue; the English description falls back to the Dutch one.</summary>
    public static Tool Add(int number, string name, IEnumerable<Phase> phases, IEnumerable<Bottleneck> bottlenecks, bool needsFacilitator,
        bool lcSpecific, string descriptionNl, string? descriptionEn, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(descriptionNl);
        if (number < FirstAddedNumber)
        {
            throw new ArgumentOutOfRangeException(nameof(number), number, "Added tools are numbered from " + FirstAddedNumber + ".");
        }

        return Define(ToolId.New(now), number, name, phases, bottlenecks, needsFacilitator, lcSpecific, descriptionNl.Trim(),
            string.IsNullOrWhiteSpace(descriptionEn) ? descriptionNl.Trim() : descriptionEn.Trim());
    }

    public bool Serves(Phase phase) => Phases.Contains(phase);

    public bool Addresses(Bottleneck bottleneck) => Bottlenecks.Contains(bottleneck);
}
