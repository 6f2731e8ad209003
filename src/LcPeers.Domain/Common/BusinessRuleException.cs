namespace LcPeers.Domain.Common;

/// <summary>
/// A broken business rule. <see cref="Code"/> is stable: clients and tests rely on it.
/// </summary>
public sealed class BusinessRuleException(string code, string message) : Exception(message)
{
    public string Code { get; } = code;
}
