namespace LcPeers.Application.Common.Exceptions;

/// <summary>Nobody is signed in, and the message needs a signed-in user (401).</summary>
public sealed class UnauthenticatedException(string message) : Exception(message);
