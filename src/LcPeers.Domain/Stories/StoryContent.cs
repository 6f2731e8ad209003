using LcPeers.Domain.Reference;
using LcPeers.Domain.Tools;

namespace LcPeers.Domain.Stories;

/// <summary>
/// What a success story tells: what was stuck, who helped, what changed, in which phase, about which bottleneck themes,
/// with which tools. <see cref="NameExpert"/> is the author's wish to name the expert; the name appears only once the
/// expert consented (<see cref="Story.ExpertConsentAt"/>).
/// </summary>
public sealed record StoryContent(
    string Title,
    string WhatWasStuck,
    string WhoHelped,
    string WhatChanged,
    Phase Phase,
    IReadOnlyList<Bottleneck> Bottlenecks,
    IReadOnlyList<ToolId> Tools,
    bool NameExpert);
