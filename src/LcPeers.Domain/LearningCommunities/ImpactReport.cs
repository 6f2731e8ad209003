using LcPeers.Domain.Accounts;

namespace LcPeers.Domain.LearningCommunities;

/// <summary>A stage of the Theory of Change the report sketches for measuring impact (ch. 6.4): throughput before outcome.</summary>
public enum ChangeStage
{
    Input = 1,
    Throughput = 2,
    Output = 3,
    Outcome = 4,
    Impact = 5,
}

/// <summary>
/// The figures an LC reports once per period, each tagged with its Theory of Change stage, written once here: the
/// partners who join or leave are the input; the students and workers trained are the output; innovations delivered
/// or adopted by companies are the outcome.
/// </summary>
public static class ImpactIndicators
{
    public const string StudentsTrained = "studentsTrained";
    public const string WorkersUpskilled = "workersUpskilled";
    public const string Innovations = "innovations";
    public const string PartnersJoined = "partnersJoined";
    public const string PartnersLeft = "partnersLeft";

    public static readonly IReadOnlyList<(string Indicator, ChangeStage Stage, int Max)> All =
    [
        (PartnersJoined, ChangeStage.Input, 1_000),
        (PartnersLeft, ChangeStage.Input, 1_000),
        (StudentsTrained, ChangeStage.Output, 100_000),
        (WorkersUpskilled, ChangeStage.Output, 100_000),
        (Innovations, ChangeStage.Outcome, 10_000),
    ];

    public static int MaxOf(string indicator) => All.Single(i => i.Indicator == indicator).Max;
}

/// <summary>The figures themselves, as the coordinator reports them.</summary>
public sealed record ImpactFigures(int StudentsTrained, int WorkersUpskilled, int Innovations, int PartnersJoined, int PartnersLeft, string? Narrative);

/// <summary>
/// What an LC achieved in one period (a year by default: "2027"), reported by its coordinator or staff. One report per
/// LC and period; edits carry the version they started from.
/// </summary>
public sealed class ImpactReport
{
    public const int NarrativeMaxLength = 4000;

    private ImpactReport() { } // for EF

    public Guid Id { get; private set; }
    public LearningCommunityId LearningCommunityId { get; private set; }
    public string Period { get; private set; } = "";
    public int StudentsTrained { get; private set; }
    public int WorkersUpskilled { get; private set; }
    public int Innovations { get; private set; }
    public int PartnersJoined { get; private set; }
    public int PartnersLeft { get; private set; }
    public string? Narrative { get; private set; }
    public AccountId SubmittedBy { get; private set; }
    public DateTimeOffset SubmittedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }
    public int Version { get; private set; }

    /// <summary>The year the period falls in ("2027" and "2027-H1" both in 2027).</summary>
    public int Year => int.Parse(Period.AsSpan(0, 4), System.Globalization.CultureInfo.InvariantCulture);

    public static ImpactReport Submit(LearningCommunityId lc, string period, ImpactFigures figures, AccountId by, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(period);
        var report = new ImpactReport { Id = Guid.CreateVersion7(now), LearningCommunityId = lc, Period = period, SubmittedBy = by, SubmittedAt = now, Version = 0 };
        report.Apply(figures, now);
        return report;
    }

    public void Update(ImpactFigures figures, DateTimeOffset now) => Apply(figures, now);

    private void Apply(ImpactFigures figures, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(figures);
        foreach (var (indicator, value) in new[]
                 {
                     (ImpactIndicators.StudentsTrained, figures.StudentsTrained), (ImpactIndicators.WorkersUpskilled, figures.WorkersUpskilled),
                     (ImpactIndicators.Innovations, figures.Innovations), (ImpactIndicators.PartnersJoined, figures.PartnersJoined),
                     (ImpactIndicators.PartnersLeft, figures.PartnersLeft),
                 })
        {
            ArgumentOutOfRangeException.ThrowIfNegative(value, indicator);
            ArgumentOutOfRangeException.ThrowIfGreaterThan(value, ImpactIndicators.MaxOf(indicator), indicator);
        }

        StudentsTrained = figures.StudentsTrained;
        WorkersUpskilled = figures.WorkersUpskilled;
        Innovations = figures.Innovations;
        PartnersJoined = figures.PartnersJoined;
        PartnersLeft = figures.PartnersLeft;
        Narrative = string.IsNullOrWhiteSpace(figures.Narrative) ? null : figures.Narrative.Trim();
        UpdatedAt = now;
        Version++;
    }
}
