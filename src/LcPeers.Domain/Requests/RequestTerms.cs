using LcPeers.Domain.Reference;

namespace LcPeers.Domain.Requests;

/// <summary>The terms every submitted request has: for which phase, what kind of help, when, how many hours and in what form.</summary>
public readonly record struct RequestTerms(Phase Phase, RequestKind Kind, DateOnly Start, DateOnly End, int Hours, WorkFormat Format);
