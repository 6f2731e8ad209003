using System.Globalization;
using LcPeers.Infrastructure.Assignment;
using LcPeers.Matching.Assignment;

namespace LcPeers.Cli;

/// <summary>
/// <c>assign &lt;instance.json&gt; [--objective total|fair] [--time-limit SECONDS]</c> (options in any order): read, validate once, solve,
/// print the result.
/// </summary>
internal static class AssignCommand
{
    public static int Run(IReadOnlyList<string> args, TextWriter stdout)
    {
        var (path, objective, timeLimit) = Parse(args);
        var instance = InstanceJson.Read(path);
        var validation = new AssignmentProblemValidator().Validate(instance.Problem);
        if (!validation.IsValid)
        {
            throw new BadInputException([.. validation.Errors.Select(e => e.ErrorMessage)]);
        }

        if (objective == AssignmentObjective.Total)
        {
            var solution = new OrToolsAssignmentSolver().Solve(instance.Problem);
            stdout.WriteLine(JsonOutput.Solution(solution, WorstOffRequest.Of(instance.Problem, solution), null, instance.NumericIds));
        }
        else
        {
            var fair = new CpSatFairAssignmentSolver().Solve(instance.Problem, new FairAssignmentOptions(timeLimit));
            stdout.WriteLine(JsonOutput.Solution(fair.Solution, fair.WorstRequest, fair, instance.NumericIds));
        }

        return ExitCodes.Ok;
    }

    private static (string Path, AssignmentObjective Objective, TimeSpan TimeLimit) Parse(IReadOnlyList<string> args)
    {
        string? path = null;
        var objective = AssignmentObjective.Total;
        var timeLimit = FairAssignmentOptions.Default.TimeLimit;
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg is "--objective" or "--time-limit")
            {
                if (i + 1 >= args.Count)
                {
                    throw new BadInputException(arg, "needs a value.");
                }

                var value = args[++i];
                if (arg == "--objective")
                {
                    objective = value switch
                    {
                        "total" => AssignmentObjective.Total,
                        "fair" => AssignmentObjective.Fair,
                        _ => throw new BadInputException(arg, $"must be 'total' or 'fair'; it is '{value}'."),
                    };
                }
                else
                {
                    timeLimit = double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds > 0 && seconds <= 86_400
                        ? TimeSpan.FromSeconds(seconds)
                        : throw new BadInputException(arg, $"must be a number of seconds above 0 and at most 86400; it is '{value}'.");
                }
            }
            else if (arg.StartsWith("--", StringComparison.Ordinal))
            {
                throw new BadInputException(arg, "is not an option of assign; use --objective or --time-limit.");
            }
            else if (path is null)
            {
                path = arg;
            }
            else
            {
                throw new BadInputException("arguments", $"assign takes one instance file; '{arg}' is a second.");
            }
        }

        return path is null
            ? throw new BadInputException("arguments", "assign needs an instance file: 'assign <instance.json> [--objective total|fair] [--time-limit SECONDS]'.")
            : (path, objective, timeLimit);
    }
}
