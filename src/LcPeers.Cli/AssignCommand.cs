using LcPeers.Matching.Assignment;
using LcPeers.Infrastructure.Assignment;

namespace LcPeers.Cli;

/// <summary><c>assign &lt;instance.json&gt;</c>: read, validate once, solve, print the result.</summary>
internal static class AssignCommand
{
    public static int Run(string path, TextWriter stdout)
    {
        var instance = InstanceJson.Read(path);
        var validation = new AssignmentProblemValidator().Validate(instance.Problem);
        if (!validation.IsValid)
        {
            throw new BadInputException([.. validation.Errors.Select(e => e.ErrorMessage)]);
        }

        var solution = new OrToolsAssignmentSolver().Solve(instance.Problem);
        stdout.WriteLine(JsonOutput.Solution(solution, instance.NumericIds));
        return ExitCodes.Ok;
    }
}
