using System.Globalization;
using LcPeers.Infrastructure.Assignment.Generation;

namespace LcPeers.Cli;

/// <summary>
/// <c>generate --requests N --experts M --edges-per-request K --seed S [--out FILE]</c>: a reproducible random
/// instance, the same one the benchmarks use for the same numbers.
/// </summary>
internal static class GenerateCommand
{
    public static int Run(IReadOnlyList<string> args, TextWriter stdout)
    {
        int requests = 20, experts = 60, edgesPerRequest = 5, seed = 1;
        string? output = null;
        for (var i = 0; i < args.Count; i += 2)
        {
            var option = args[i];
            if (i + 1 >= args.Count)
            {
                throw new BadInputException(option, "needs a value.");
            }

            var value = args[i + 1];
            switch (option)
            {
                case "--requests": requests = Count(option, value, 0); break;
                case "--experts": experts = Count(option, value, 0); break;
                case "--edges-per-request": edgesPerRequest = Count(option, value, 0); break;
                case "--seed": seed = Count(option, value, int.MinValue); break;
                case "--out": output = value; break;
                default: throw new BadInputException(option, "is not an option of generate; use --requests, --experts, --edges-per-request, --seed or --out.");
            }
        }

        if (edgesPerRequest > experts)
        {
            throw new BadInputException("--edges-per-request", $"is {edgesPerRequest}, more than the {experts} experts.");
        }

        var problem = AssignmentInstanceGenerator.Generate(new AssignmentInstanceOptions(requests, experts, edgesPerRequest, seed));
        var json = JsonOutput.Problem(problem);
        if (output is null)
        {
            stdout.WriteLine(json);
        }
        else
        {
            File.WriteAllText(output, json + Environment.NewLine);
        }

        return ExitCodes.Ok;
    }

    private static int Count(string option, string value, int min) =>
        int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) && number >= min
            ? number
            : throw new BadInputException(option, min == 0 ? $"must be a whole number of 0 or more; it is '{value}'." : $"must be a whole number; it is '{value}'.");
}
