using System.Globalization;
using LcPeers.Matching.Assignment;

namespace LcPeers.Cli;

/// <summary>
/// <c>import-npy --scores FILE --coverages FILE --loads FILE [--scale S] [--out FILE]</c>: turns a reviewer-assignment
/// instance kept as NumPy arrays (as in the public fair-matching data: <c>scores.npy</c> reviewers × papers,
/// <c>covs.npy</c> reviewers per paper, <c>loads.npy</c> papers per reviewer) into an instance file.
/// </summary>
/// <remarks>
/// Papers become requests <c>p0</c>…, reviewers experts <c>r0</c>… (NumPy's indices), every pair an edge. Affinities
/// in [−1, 1] are maximised, costs minimised: cost = round((1 − affinity) × scale), so a team of n has affinity
/// n − cost / scale. The default scale 500,000 uses the whole cost range and keeps a total over a few thousand pairs
/// exact to well below 0.01. Load costs are zero: the published figures have no load spreading.
/// </remarks>
internal static class ImportNpyCommand
{
    public const int DefaultScale = 500_000;

    public static int Run(IReadOnlyList<string> args, TextWriter stdout)
    {
        string? scoresPath = null, coveragesPath = null, loadsPath = null, output = null;
        var scale = DefaultScale;
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
                case "--scores": scoresPath = value; break;
                case "--coverages": coveragesPath = value; break;
                case "--loads": loadsPath = value; break;
                case "--out": output = value; break;
                case "--scale":
                    scale = int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var s) && s >= 1 && s <= AssignmentLimits.MaxCost / 2
                        ? s
                        : throw new BadInputException(option, $"must be a whole number from 1 to {AssignmentLimits.MaxCost / 2}; it is '{value}'.");
                    break;
                default: throw new BadInputException(option, "is not an option of import-npy; use --scores, --coverages, --loads, --scale or --out.");
            }
        }

        var scores = NpyArray.Read(scoresPath ?? throw new BadInputException("--scores", "is required."), "--scores");
        var coverages = NpyArray.Read(coveragesPath ?? throw new BadInputException("--coverages", "is required."), "--coverages");
        var loads = NpyArray.Read(loadsPath ?? throw new BadInputException("--loads", "is required."), "--loads");
        var json = JsonOutput.Problem(Convert(scores, coverages, loads, scale));
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

    internal static AssignmentProblem Convert(NpyArray scores, NpyArray coverages, NpyArray loads, int scale)
    {
        if (scores.Shape.Count != 2)
        {
            throw new BadInputException("--scores", $"must be a two-dimensional array (reviewers × papers); it has {scores.Shape.Count} dimensions.");
        }

        var (reviewers, papers) = (scores.Shape[0], scores.Shape[1]);
        if (coverages.Shape.Count != 1 || coverages.Shape[0] != papers)
        {
            throw new BadInputException("--coverages", $"must hold one number per paper ({papers}); its shape is ({string.Join(", ", coverages.Shape)}).");
        }

        if (loads.Shape.Count != 1 || loads.Shape[0] != reviewers)
        {
            throw new BadInputException("--loads", $"must hold one number per reviewer ({reviewers}); its shape is ({string.Join(", ", loads.Shape)}).");
        }

        var requests = new AssignmentRequest[papers];
        for (var p = 0; p < papers; p++)
        {
            requests[p] = new AssignmentRequest($"p{p}", WholeNumber(coverages, p, "--coverages"));
        }

        var experts = new AssignmentExpert[reviewers];
        for (var r = 0; r < reviewers; r++)
        {
            var capacity = WholeNumber(loads, r, "--loads");
            experts[r] = new AssignmentExpert($"r{r}", capacity, new int[capacity]);
        }

        var edges = new List<AssignmentEdge>(papers * reviewers);
        for (var p = 0; p < papers; p++)
        {
            for (var r = 0; r < reviewers; r++)
            {
                var affinity = scores[r, p];
                var cost = Math.Round((1 - affinity) * scale, MidpointRounding.AwayFromZero);
                if (double.IsNaN(cost) || cost < -0.5 || cost > (2 * (long)scale) + 0.5)
                {
                    throw new BadInputException("--scores", $"holds {affinity.ToString(CultureInfo.InvariantCulture)} for reviewer {r} and paper {p}; affinities must lie in [-1, 1].");
                }

                edges.Add(new AssignmentEdge($"p{p}", $"r{r}", (int)Math.Clamp(cost, 0, 2 * (long)scale)));
            }
        }

        return new AssignmentProblem(requests, experts, edges);
    }

    private static int WholeNumber(NpyArray array, int index, string option)
    {
        var value = array[index];
        return value >= 0 && value <= AssignmentLimits.MaxCapacity && value == Math.Floor(value)
            ? (int)value
            : throw new BadInputException(option, $"holds {value.ToString(CultureInfo.InvariantCulture)} at {index}; expected a whole number from 0 to {AssignmentLimits.MaxCapacity}.");
    }
}
