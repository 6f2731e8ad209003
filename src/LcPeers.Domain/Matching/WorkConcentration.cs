namespace LcPeers.Domain.Matching;

/// <summary>
/// How concentrated work is over a pool of experts: the share held by the busiest tenth and the Gini coefficient of
/// the engagements per expert, experts without work included (a pool where few carry everything scores high on both).
/// </summary>
/// <param name="Experts">Experts in the pool, with or without work.</param>
/// <param name="Engagements">Engagements counted.</param>
/// <param name="TopDecileShare">Share (0..1) of the engagements held by the busiest 10% of experts (at least one expert).</param>
/// <param name="Gini">Gini coefficient (0 = everyone the same, towards 1 = one expert holds everything).</param>
public sealed record WorkConcentration(int Experts, int Engagements, double TopDecileShare, double Gini)
{
    /// <summary>No experts or no engagements: nothing is concentrated.</summary>
    public static readonly WorkConcentration None = new(0, 0, 0, 0);

    /// <summary>
    /// The concentration of <paramref name="engagementsPerExpert"/> (one count per expert with work) over a pool of
    /// <paramref name="poolSize"/> experts; experts beyond the counts given hold none.
    /// </summary>
    public static WorkConcentration Of(IEnumerable<int> engagementsPerExpert, int poolSize)
    {
        ArgumentNullException.ThrowIfNull(engagementsPerExpert);
        var counts = engagementsPerExpert.Where(c => c > 0).OrderDescending().ToList();
        var experts = Math.Max(poolSize, counts.Count);
        long total = counts.Sum(c => (long)c);
        if (experts == 0 || total == 0)
        {
            return None with { Experts = experts };
        }

        var top = Math.Max(1, (int)Math.Ceiling(experts / 10.0));
        var topShare = (double)counts.Take(top).Sum(c => (long)c) / total;

        // Gini over all experts in ascending order: G = (2 Σ i·x_i) / (n Σ x) − (n + 1) / n, i from 1; zeros come first.
        var zeros = experts - counts.Count;
        double weighted = 0;
        for (var k = 0; k < counts.Count; k++)
        {
            var rank = zeros + counts.Count - k; // ascending rank of the k-th largest
            weighted += (double)rank * counts[k];
        }

        var gini = (2 * weighted / ((double)experts * total)) - ((experts + 1.0) / experts);
        return new WorkConcentration(experts, (int)Math.Min(total, int.MaxValue), topShare, Math.Max(0, gini));
    }
}
