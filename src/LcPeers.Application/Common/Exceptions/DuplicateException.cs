namespace LcPeers.Application.Common.Exceptions;

/// <summary>A unique index refused the write (409). The index, not a validator query, guards uniqueness.</summary>
public sealed class DuplicateException(string code, string message, Exception? inner = null) : Exception(message, inner)
{
    public string Code { get; } = code;
}
