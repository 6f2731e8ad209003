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
    LocalizedText Description)
{
    public static ToolResponse From(Tool tool) => new(
        tool.Id.Value,
        tool.Number,
        tool.Name,
        [.. tool.Phases.Select(Codes<Phase>.Of)],
        [.. tool.Bottlenecks.Select(Codes<Bottleneck>.Of)],
        tool.NeedsFacilitator,
        tool.LcSpecific,
        new LocalizedText(tool.DescriptionNl, tool.DescriptionEn));
}
