namespace LcPeers.Application.Common.Exceptions;

/// <summary>The aggregate named in the request does not exist (404).</summary>
public sealed class NotFoundException(string resource, object key)
    : Exception($"{resource} '{key}' was not found.")
{
    public string Resource { get; } = resource;
    public string Key { get; } = key.ToString() ?? "";
}
