namespace LcPeers.Domain.Monitor;

/// <summary>
/// The monitor's figures as they stood in one month (Europe/Amsterdam), kept so trends show how the network develops.
/// One snapshot per month: the first taken in a month stands. The headline figures are columns, so trends read them
/// without parsing; <see cref="Figures"/> holds the whole monitor answer of that moment as JSON.
/// </summary>
public sealed class MonitorSnapshot
{
    private MonitorSnapshot() { } // for EF

    public Guid Id { get; private set; }

    /// <summary>The month, "yyyy-MM".</summary>
    public string Month { get; private set; } = "";

    public DateTimeOffset TakenAt { get; private set; }

    public int LearningCommunities { get; private set; }

    public int Requests { get; private set; }

    public int OpenRequests { get; private set; }

    public int ActiveEngagements { get; private set; }

    public int CompletedEngagements { get; private set; }

    public int Experts { get; private set; }

    public int ExpertsWithConsent { get; private set; }

    public int Ratings { get; private set; }

    public double? AverageRating { get; private set; }

    public double? FeedbackShare { get; private set; }

    public string Figures { get; private set; } = "{}";

    public static string MonthOf(DateTimeOffset local) => local.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);

    public static MonitorSnapshot Take(string month, DateTimeOffset takenAt, SnapshotFigures figures, string json)
    {
        ArgumentNullException.ThrowIfNull(figures);
        return new MonitorSnapshot
        {
            Id = Guid.NewGuid(),
            Month = month,
            TakenAt = takenAt,
            LearningCommunities = figures.LearningCommunities,
            Requests = figures.Requests,
            OpenRequests = figures.OpenRequests,
            ActiveEngagements = figures.ActiveEngagements,
            CompletedEngagements = figures.CompletedEngagements,
            Experts = figures.Experts,
            ExpertsWithConsent = figures.ExpertsWithConsent,
            Ratings = figures.Ratings,
            AverageRating = figures.AverageRating,
            FeedbackShare = figures.FeedbackShare,
            Figures = json,
        };
    }
}

/// <summary>The headline figures of a snapshot.</summary>
public sealed record SnapshotFigures(
    int LearningCommunities, int Requests, int OpenRequests, int ActiveEngagements, int CompletedEngagements, int Experts, int ExpertsWithConsent,
    int Ratings, double? AverageRating, double? FeedbackShare);
