using LcPeers.Domain.Common;

namespace LcPeers.Domain.Matching;

/// <summary>
/// How much each factor counts in a candidate's score. Every factor's value is normalised to 0..1, so a score is a
/// weighted mean; weights are non-negative and need not sum to 1 (they are normalised when scoring).
/// Defaults follow the report's lessons (ch. 6.1, Appendix 1): knowing the bottleneck and having guided LCs through
/// the same phase matter most; region and kind of help next; a small bonus for an outside perspective.
/// <see cref="RecentLoad"/> favours experts who began fewer engagements in the last 12 months, so work spreads
/// across quarters and not only within one run; it defaults to 0 when left out (settings saved before it existed).
/// </summary>
public sealed record MatchingWeights(
    double Competence,
    double Phase,
    double KindFit,
    double Tools,
    double Sector,
    double Region,
    double TrackRecord,
    double Load,
    double OutsidePerspective,
    double RecentLoad = 0)
{
    public const double MaxWeight = 100;

    public static MatchingWeights Default { get; } = new(
        Competence: 0.30,
        Phase: 0.20,
        KindFit: 0.12,
        Tools: 0.08,
        Sector: 0.06,
        Region: 0.12,
        TrackRecord: 0.06,
        Load: 0.04,
        OutsidePerspective: 0.02,
        RecentLoad: 0.04);

    public double Total => Competence + Phase + KindFit + Tools + Sector + Region + TrackRecord + Load + OutsidePerspective + RecentLoad;

    /// <summary>The weights in factor order (see <see cref="MatchingFactor"/>).</summary>
    public double[] ToArray() => [Competence, Phase, KindFit, Tools, Sector, Region, TrackRecord, Load, OutsidePerspective, RecentLoad];

    public void EnsureValid()
    {
        if (ToArray().Any(w => double.IsNaN(w) || w < 0 || w > MaxWeight))
        {
            throw new BusinessRuleException(RuleCodes.Weights.OutOfRange, $"Every weight is a number from 0 to {MaxWeight}.");
        }

        if (Total <= 0)
        {
            throw new BusinessRuleException(RuleCodes.Weights.AllZero, "At least one weight must be above zero.");
        }
    }
}

/// <summary>The factors of a score, in a fixed order.</summary>
public enum MatchingFactor
{
    Competence = 0,
    Phase = 1,
    KindFit = 2,
    Tools = 3,
    Sector = 4,
    Region = 5,
    TrackRecord = 6,
    Load = 7,
    OutsidePerspective = 8,

    /// <summary>1 / (1 + engagements the expert began in the last 12 months).</summary>
    RecentLoad = 9,
}
