namespace LcPeers.Cli;

/// <summary>Input the command cannot use; each error already names its field or option.</summary>
internal sealed class BadInputException : Exception
{
    /// <param name="errors">The errors to show, in the order found.</param>
    /// <param name="total">How many errors there were in all; more than <paramref name="errors"/> when a reader stopped keeping them.</param>
    public BadInputException(IReadOnlyList<string> errors, int? total = null)
        : base(string.Join(Environment.NewLine, errors))
    {
        Errors = errors;
        Total = Math.Max(total ?? errors.Count, errors.Count);
    }

    public BadInputException(string field, string message)
        : this([$"'{field}' {message}"])
    {
    }

    public IReadOnlyList<string> Errors { get; }

    /// <summary>How many problems the input has, shown or not.</summary>
    public int Total { get; }
}
