namespace LcPeers.Domain.Experts;

/// <summary>A date range (both ends inclusive) in which the expert is explicitly available or unavailable.</summary>
public sealed record AvailabilityPeriod
{
    public AvailabilityPeriod(DateOnly from, DateOnly to, bool available)
    {
        if (to < from)
        {
            throw new ArgumentException("An availability period must not end before it starts.", nameof(to));
        }

        From = from;
        To = to;
        Available = available;
    }

    public DateOnly From { get; private init; }
    public DateOnly To { get; private init; }
    public bool Available { get; private init; }

    public bool Overlaps(DateOnly start, DateOnly end) => From <= end && start <= To;
}
