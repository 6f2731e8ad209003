namespace LcPeers.Application.Common.Exceptions;

/// <summary>The signed-in user may not act on this resource (403).</summary>
public sealed class ForbiddenException(string message) : Exception(message);
