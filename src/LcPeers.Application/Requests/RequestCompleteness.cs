using FluentValidation;
using FluentValidation.Results;

namespace LcPeers.Application.Requests;

/// <summary>
/// A request is submitted (and edited once submitted) only with all its terms; a draft may leave them open. The open
/// terms come back as one validation failure per field, with <see cref="ErrorCode"/>, so the form marks each of them.
/// </summary>
public static class RequestCompleteness
{
    /// <summary>The validation error code of a term a submitted request must have.</summary>
    public const string ErrorCode = "RequestIncomplete";

    /// <summary>Throws a validation failure for each field in <paramref name="missing"/>; does nothing when it is empty.</summary>
    public static void Ensure(IReadOnlyList<string> missing)
    {
        ArgumentNullException.ThrowIfNull(missing);
        if (missing.Count > 0)
        {
            throw Incomplete(missing);
        }
    }

    /// <summary>The validation failure of a request whose terms in <paramref name="missing"/> are still open, one per field.</summary>
    public static ValidationException Incomplete(IReadOnlyList<string> missing)
    {
        ArgumentNullException.ThrowIfNull(missing);
        return new ValidationException([.. missing.Select(field =>
            new ValidationFailure(field, $"'{field}' must be given before the request is submitted.") { ErrorCode = ErrorCode })]);
    }
}
