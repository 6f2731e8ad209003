namespace LcPeers.Api.Resources;

/// <summary>
/// Marker for the web UI's texts: <c>SharedResource.resx</c> holds Dutch (the default), <c>SharedResource.en.resx</c>
/// English. Pages read them through <c>IStringLocalizer&lt;SharedResource&gt;</c>.
/// </summary>
public sealed class SharedResource;
