using System.Diagnostics;
using System.Globalization;
using Google.OrTools.Sat;
using LcPeers.Matching.Assignment;

namespace LcPeers.Infrastructure.Assignment;

/// <summary>
/// The fair objective as an integer program for OR-Tools' CP-SAT, in two stages on one model (see
/// <see cref="FairModel"/>). The min-cost flow goes first: it gives the largest number of engagements, which both
/// stages keep, a feasible start for the search, and a lower bound on the total. Stage one minimises the worst-off
/// request's mean edge cost; stage two fixes that value and minimises the total. Each stage returns its best
/// solution and bound when the time runs out, so the gap is known.
/// </summary>
public sealed class CpSatFairAssignmentSolver : IFairAssignmentSolver
{
    /// <summary>The first stage gets at most this share of the time limit; the second at least the rest.</summary>
    private const double FirstStageShare = 2.0 / 3.0;

    /// <summary>The try at the worst-off request's lower bound gets at most this share of the time limit.</summary>
    private const double AtBoundShare = 1.0 / 4.0;

    /// <summary>The bottleneck start (<see cref="ThresholdStart"/>) gets at most this share of the time limit.</summary>
    private const double ThresholdShare = 1.0 / 6.0;

    private readonly IAssignmentSolver _totalSolver;
    private readonly int _workers;

    public CpSatFairAssignmentSolver()
        : this(new OrToolsAssignmentSolver(), Math.Clamp(Environment.ProcessorCount, 1, 8))
    {
    }

    /// <param name="totalSolver">The min-cost-flow solver that gives the number of engagements and the start.</param>
    /// <param name="workers">CP-SAT search workers; more than the cores only adds contention.</param>
    public CpSatFairAssignmentSolver(IAssignmentSolver totalSolver, int workers)
    {
        ArgumentNullException.ThrowIfNull(totalSolver);
        ArgumentOutOfRangeException.ThrowIfLessThan(workers, 1);
        _totalSolver = totalSolver;
        _workers = workers;
    }

    public FairAssignmentSolution Solve(AssignmentProblem problem, FairAssignmentOptions options)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(options.TimeLimit, TimeSpan.Zero);
        var started = Stopwatch.GetTimestamp();

        // Also the mapping check: anything the model cannot represent throws here, before CP-SAT sees it.
        var start = _totalSolver.Solve(problem);
        if (start.Assignments.Count == 0)
        {
            return new FairAssignmentSolution(start, null, 0, 0);
        }

        var candidates = Candidates.Select(problem, start, options.CandidatesPerRequest);
        var model = FairModel.Build(candidates.Problem, start);
        var chosen = model.Chosen(start);
        var worstFound = model.WorstOf(chosen);
        if (ThresholdStart.Find(_totalSolver, candidates.Problem, start.Assignments.Count, Remaining(options, started) * ThresholdShare) is { } capped
            && model.WorstOf(model.Chosen(capped)) is var cappedWorst && cappedWorst < worstFound)
        {
            (chosen, worstFound) = (model.Chosen(capped), cappedWorst);
        }

        if (TryAtBound(problem, candidates, start, chosen, options, started) is { } atBound)
        {
            return atBound;
        }

        // Stage one: the worst-off request.
        var worstBound = model.WorstLowerBound;
        model.Hint(chosen);
        model.MinimiseWorst();
        var first = Run(model, Remaining(options, started) * FirstStageShare);
        if (first.HasSolution)
        {
            var picked = model.Read(first.Solver!);
            var worst = model.WorstOf(picked);
            // A search stopped early may return another solution at the same worst-off value with a higher total.
            if (worst < worstFound || (worst == worstFound && model.TotalOf(picked) < model.TotalOf(chosen)))
            {
                (chosen, worstFound) = (picked, worst);
            }
        }

        // CP-SAT's bound holds for the model it saw; with fewer candidates only the full problem's own bound is valid.
        if (candidates.IsComplete)
        {
            worstBound = first.IsOptimal ? worstFound : Math.Max(worstBound, (long)Math.Ceiling(first.Bound - 1e-6));
        }

        first.Solver?.Dispose();

        // Stage two: the least total among solutions no worse for the worst-off request.
        var totalFound = model.TotalOf(chosen);
        var totalBound = start.TotalCost;
        var remaining = Remaining(options, started);
        if (remaining > TimeSpan.Zero && totalFound > totalBound)
        {
            model.CapWorst(worstFound);
            model.Hint(chosen);
            model.MinimiseTotal();
            var second = Run(model, remaining);
            if (second.HasSolution)
            {
                var picked = model.Read(second.Solver!);
                var total = model.TotalOf(picked);
                if (total <= totalFound && model.WorstOf(picked) <= worstFound)
                {
                    (chosen, totalFound) = (picked, total);
                }
            }

            if (candidates.IsComplete)
            {
                totalBound = second.IsOptimal ? totalFound : Math.Max(totalBound, (long)Math.Ceiling(second.Bound - 1e-6));
            }
            second.Solver?.Dispose();
        }

        var solution = model.ToSolution(chosen);
        return new FairAssignmentSolution(
            solution,
            WorstOffRequest.Of(problem, solution),
            Gap(worstFound, worstBound),
            Gap(totalFound, totalBound));
    }

    /// <summary>
    /// When the worst-off request's lower bound (each team its request's cheapest edges) is reachable, stage one's
    /// optimum is that bound, so one search that caps the worst-off request there and minimises the total does both
    /// stages at once, hinted with <paramref name="chosen"/>. It gets a quarter of the time; if it finds nothing (or
    /// proves the cap infeasible), null, and the two stages run in the time left.
    /// </summary>
    private FairAssignmentSolution? TryAtBound(AssignmentProblem problem, Candidates candidates, AssignmentSolution start, bool[] chosen,
        FairAssignmentOptions options, long started)
    {
        var model = FairModel.Build(candidates.Problem, start);
        var bound = model.WorstLowerBound;
        if (bound <= 0 || model.WorstOf(chosen) <= bound)
        {
            return null; // no bound to aim at, or the start already meets it (stage two alone follows)
        }

        model.CapWorst(bound);
        model.Hint(chosen);
        model.MinimiseTotal();
        var result = Run(model, Remaining(options, started) * AtBoundShare);
        using var solver = result.Solver;
        if (!result.HasSolution)
        {
            return null;
        }

        var picked = model.Read(solver!);
        var total = model.TotalOf(picked);
        var totalBound = candidates.IsComplete && result.IsOptimal ? total : start.TotalCost;
        var solution = model.ToSolution(picked);
        return new FairAssignmentSolution(solution, WorstOffRequest.Of(problem, solution), 0, Gap(total, totalBound));
    }

    private static TimeSpan Remaining(FairAssignmentOptions options, long started) =>
        options.TimeLimit - Stopwatch.GetElapsedTime(started);

    private static double Gap(long found, long bound) =>
        found <= 0 || bound >= found ? 0 : (double)(found - Math.Max(0, bound)) / found;

    private StageResult Run(FairModel model, TimeSpan limit)
    {
        if (limit <= TimeSpan.Zero)
        {
            return new StageResult(null, CpSolverStatus.Unknown, 0);
        }

        var solver = new CpSolver
        {
            StringParameters = string.Create(
                CultureInfo.InvariantCulture,
                $"max_time_in_seconds:{limit.TotalSeconds:0.###} num_workers:{_workers} random_seed:1"),
        };
        var status = solver.Solve(model.Model);
        return new StageResult(solver, status, solver.BestObjectiveBound);
    }

    private sealed record StageResult(CpSolver? Solver, CpSolverStatus Status, double Bound)
    {
        public bool HasSolution => Solver is not null && Status is CpSolverStatus.Optimal or CpSolverStatus.Feasible;

        public bool IsOptimal => Status == CpSolverStatus.Optimal;
    }
}
