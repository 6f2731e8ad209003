namespace LcPeers.Application.Common;

/// <summary>Text in Dutch (first) and English.</summary>
public sealed record LocalizedText(string Nl, string En);
