namespace LcPeers.Domain.Common;

/// <summary>What a periodic "is this still correct?" check asks for next.</summary>
public enum ConfirmationStep
{
    /// <summary>Nothing: confirmed recently, a request is waiting for its answer, or the entry is stale already.</summary>
    None,

    /// <summary>The interval since the last confirmation passed: the first request goes.</summary>
    FirstRequest,

    /// <summary>The first request went unanswered for the answer window: one more.</summary>
    SecondRequest,

    /// <summary>The second request went unanswered for the answer window too: the entry is stale.</summary>
    Stale,
}

/// <summary>
/// The freshness cycle shared by the expert's availability and the LC's directory entry: an interval after the last
/// confirmation (or edit) one request goes, after the answer window a second, and when that one is unanswered for the
/// answer window as well the entry is stale. Confirming or editing starts a new cycle.
/// </summary>
public static class Freshness
{
    public static ConfirmationStep Next(DateTimeOffset confirmedAt, int requestsSent, DateTimeOffset? lastRequestAt, bool stale,
        DateTimeOffset now, TimeSpan interval, TimeSpan answerWindow)
    {
        if (stale)
        {
            return ConfirmationStep.None;
        }

        if (requestsSent == 0 || lastRequestAt is not { } last)
        {
            return now >= confirmedAt + interval ? ConfirmationStep.FirstRequest : ConfirmationStep.None;
        }

        if (now < last + answerWindow)
        {
            return ConfirmationStep.None;
        }

        return requestsSent == 1 ? ConfirmationStep.SecondRequest : ConfirmationStep.Stale;
    }
}
