namespace LcPeers.Application.Common.Exceptions;

/// <summary>
/// A required setting is missing or wrong: the host stops at start. <see cref="ToString"/> is the message alone, so
/// the runtime prints one clear line naming the setting instead of a stack trace.
/// </summary>
public sealed class StartupConfigurationException(string message) : InvalidOperationException(message)
{
    public override string ToString() => $"{nameof(StartupConfigurationException)}: {Message}";
}
