using LcPeers.Domain.Common;
using LcPeers.Domain.Reference;
using LcPeers.Domain.Tools;

namespace LcPeers.Application.GoodPractices;

public sealed record GoodPracticeResponse(
    Guid Id, string Title, string Phase, string Bottleneck, string WhatWasDone, string WhatItBrought, string Contact,
    GoodPracticeTool? Tool, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, int Version)
{
    public static GoodPracticeResponse From(GoodPractice p, IReadOnlyDictionary<ToolId, string> toolNames) => new(
        p.Id.Value, p.Title, Codes<Phase>.Of(p.Phase), Codes<Bottleneck>.Of(p.Bottleneck), p.WhatWasDone, p.WhatItBrought, p.Contact,
        p.ToolId is { } tool && toolNames.TryGetValue(tool, out var name) ? new GoodPracticeTool(tool.Value, name) : null,
        p.CreatedAt, p.UpdatedAt, p.Version);
}

/// <summary>The catalogue tool a good practice used.</summary>
public sealed record GoodPracticeTool(Guid Id, string Name);
