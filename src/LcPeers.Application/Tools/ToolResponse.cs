using LcPeers.Application.Common;
using LcPeers.Domain.Common;
using LcPeers.Domain.Reference;
using LcPeers.Domain.Tools;

namespace LcPeers.Application.Tools;

public sealed record ToolResponse(
    Guid Id,
    int Number,
    string Name,
    IReadOnlyList<string> Phases,
    IReadOnlyList<string> Bottlenecks,
    bool NeedsFacilitator,
    bool LcSpecific,
    LocalizedText Description,
    ToolUse? Use = null)
{
    /// <param name="tool">The tool.</param>
    /// <param name="use">Where it was used; null where the answer does not report use (the candidates' tool hints).</param>
    public static ToolResponse From(Tool tool, ToolUse? use) => new(
        tool.Id.Value,
        tool.Number,
        tool.Name,
        [.. tool.Phases.Select(Codes<Phase>.Of)],
        [.. tool.Bottlenecks.Select(Codes<Bottleneck>.Of)],
        tool.NeedsFacilitator,
        tool.LcSpecific,
        new LocalizedText(tool.DescriptionNl, tool.DescriptionEn),
        use);

    public static ToolResponse From(Tool tool) => From(tool, null);
}
