namespace LcPeers.Application.Common;

/// <summary>The <c>App</c> section: settings about the application as its users reach it.</summary>
public sealed class AppOptions
{
    public const string Section = "App";

    /// <summary>
    /// The address people open the web UI on (scheme, host, optional port and path), used for the absolute links in
    /// email and calendar invitations. Mail is sent by a background dispatcher, so no request tells us the host.
    /// </summary>
    public string PublicBaseUrl { get; set; } = "http://localhost:5080";
}
