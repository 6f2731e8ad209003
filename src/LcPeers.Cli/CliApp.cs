namespace LcPeers.Cli;

/// <summary>
/// Entry point of the <c>lcpeers</c> command line, kept apart from <c>Program</c> so tests can run it in-process
/// with their own writers.
/// </summary>
public static class CliApp
{
    public const string Usage = """
        Usage:
          assign <instance.json> [--objective total|fair] [--time-limit SECONDS]
                                     solve a batch assignment and print the result as JSON; total (default):
                                     least total cost; fair: best worst-off request first, then least total
                                     (time limit in seconds, default 10; the result reports the gap)
          generate [--requests N] [--experts M] [--edges-per-request K] [--seed S] [--out FILE]
                                     write a reproducible random instance (default to stdout)
          import-npy --scores FILE --coverages FILE --loads FILE [--scale S] [--out FILE]
                                     convert a reviewer-assignment instance in NumPy files (affinities,
                                     reviewers per paper, papers per reviewer) to an instance

        Exit codes: 0 done, 2 bad input (the message names the field), 1 anything else.
        """;

    /// <summary>Bad input shows at most this many problems, then how many more there are.</summary>
    public const int MaxShownErrors = 20;

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        try
        {
            return args switch
            {
                ["assign", .. var options] => AssignCommand.Run(options, stdout),
                ["generate", .. var options] => GenerateCommand.Run(options, stdout),
                ["import-npy", .. var options] => ImportNpyCommand.Run(options, stdout),
                ["--help" or "-h" or "help"] => Help(stdout),
                _ => throw new BadInputException("arguments", "expected 'assign <instance.json> [options]', 'generate [options]' or 'import-npy [options]'.\n" + Usage),
            };
        }
        catch (BadInputException e)
        {
            foreach (var error in e.Errors.Take(MaxShownErrors))
            {
                stderr.WriteLine($"error: {error}");
            }

            if (e.Total > MaxShownErrors)
            {
                stderr.WriteLine($"and {e.Total - MaxShownErrors} more");
            }

            return ExitCodes.BadInput;
        }
#pragma warning disable CA1031 // The command line's contract is a message and an exit code, never a stack trace.
        catch (Exception e)
#pragma warning restore CA1031
        {
            stderr.WriteLine($"error: {e.Message}");
            return ExitCodes.Failure;
        }
    }

    private static int Help(TextWriter stdout)
    {
        stdout.WriteLine(Usage);
        return ExitCodes.Ok;
    }
}

public static class ExitCodes
{
    public const int Ok = 0;
    public const int Failure = 1;
    public const int BadInput = 2;
}
