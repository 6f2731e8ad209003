namespace LcPeers.Cli;

/// <summary>Input the command cannot use; each error already names its field or option.</summary>
internal sealed class BadInputException : Exception
{
    public BadInputException(IReadOnlyList<string> errors)
        : base(string.Join(Environment.NewLine, errors)) => Errors = errors;

    public BadInputException(string field, string message)
        : this([$"'{field}' {message}"])
    {
    }

    public IReadOnlyList<string> Errors { get; }
}
