using LcPeers.Domain.Reference;
using LcPeers.Domain.Tools;

namespace LcPeers.Domain.Requests;

/// <summary>
/// The help an LC asks for; editable while the request is a draft or waiting to be matched. A draft may leave the
/// terms (phase, bottlenecks, kind, period, hours, format) open; a request is submitted only once they are all given.
/// </summary>
public sealed record RequestDetails(
    Phase? Phase,
    IReadOnlyList<Bottleneck> Bottlenecks,
    RequestKind? Kind,
    ToolId? Tool,
    string Description,
    DateOnly? Start,
    DateOnly? End,
    int? Hours,
    WorkFormat? Format,
    string? Region,
    string? Location,
    IReadOnlyList<Language> Languages,
    int ExpertsWanted,
    IReadOnlyList<string> ExcludedOrganisations);
