using System.Globalization;
using System.Text.Json;
using LcPeers.Cli;
using LcPeers.Matching.Assignment;

namespace LcPeers.Assignment.Tests;

/// <summary>The command line end to end, in-process: real files, real solver, the writers the console would get.</summary>
public sealed class CliTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("lcpeers-cli-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void Assign_ExampleInstance_PrintsTheOptimumWithIdsAsGiven()
    {
        var (exit, stdout, stderr) = Run("assign", Path.Combine(AppContext.BaseDirectory, "examples", "small.json"));

        Assert.Equal(0, exit);
        Assert.Equal("", stderr);
        using var result = JsonDocument.Parse(stdout);
        // Worked out by hand in examples/small.json: the reviewer anna is forced into heat-grid-zwolle (20) with
        // bram (5); anna also takes hydrogen-delfzijl (3, second engagement +15); request 17 gets expert 4 (12, +5)
        // and chantal (6). Edges 46 + load 20.
        Assert.Equal(66, result.RootElement.GetProperty("totalCost").GetInt64());
        Assert.Equal(0, result.RootElement.GetProperty("unmet").GetArrayLength());
        var pairs = result.RootElement.GetProperty("assignments").EnumerateArray()
            .Select(a => (a.GetProperty("request").GetRawText(), a.GetProperty("expert").GetRawText()))
            .ToList();
        Assert.Equal(
            [("\"heat-grid-zwolle\"", "\"anna\""), ("\"heat-grid-zwolle\"", "\"bram\""), ("\"hydrogen-delfzijl\"", "\"anna\""), ("17", "4"), ("17", "\"chantal\"")],
            pairs);
    }

    [Fact]
    public void Assign_UnmetDemand_ListsTheRequest()
    {
        var path = Write("""
            { "requests": [{ "id": "r1", "demand": 2 }],
              "experts": [{ "id": "a", "capacity": 1, "loadCosts": [0] }],
              "edges": [{ "request": "r1", "expert": "a", "cost": 4 }] }
            """);

        var (exit, stdout, _) = Run("assign", path);

        Assert.Equal(0, exit);
        using var result = JsonDocument.Parse(stdout);
        var unmet = Assert.Single(result.RootElement.GetProperty("unmet").EnumerateArray());
        Assert.Equal("r1", unmet.GetProperty("request").GetString());
        Assert.Equal(1, unmet.GetProperty("missing").GetInt32());
    }

    [Theory]
    [InlineData("""{ "cost": 1.5 }""", "'edges[0].cost' must be an integer; it is 1.5.")]
    [InlineData("""{ "cost": "3" }""", "'edges[0].cost' must be an integer; it is the string \"3\".")]
    [InlineData("""{ "cost": -2 }""", "'edges[0].cost' must be between 0 and 1000000; it is -2.")]
    [InlineData("""{ "cost": 3, "expert": "zoe" }""", "'edges[0].expert' names 'zoe', which is not a known expert id.")]
    [InlineData("""{ "cost": 3, "request": 8 }""", "'edges[0].request' names '8', which is not a known request id.")]
    [InlineData("""{ "cost": 3, "expert": true }""", "'edges[0].expert' must be a string or a number; it is true.")]
    public void Assign_BadEdge_ExitsWithTwoAndNamesTheField(string edgeOverride, string expected)
    {
        var edge = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(edgeOverride)!;
        var request = edge.TryGetValue("request", out var r) ? r.GetRawText() : "\"r1\"";
        var expert = edge.TryGetValue("expert", out var x) ? x.GetRawText() : "\"a\"";
        var path = Write($$"""
            { "requests": [{ "id": "r1", "demand": 1 }],
              "experts": [{ "id": "a", "capacity": 1, "loadCosts": [0] }],
              "edges": [{ "request": {{request}}, "expert": {{expert}}, "cost": {{edge["cost"].GetRawText()}} }] }
            """);

        var (exit, stdout, stderr) = Run("assign", path);

        Assert.Equal(ExitCodes.BadInput, exit);
        Assert.Equal("", stdout);
        Assert.Equal($"error: {expected}", stderr.Trim());
    }

    [Theory]
    [InlineData("total")]
    [InlineData("fair")]
    public void Assign_Objective_PrintsTheWorstOffRequest(string objective)
    {
        var (exit, stdout, stderr) = Run("assign", "--objective", objective, Path.Combine(AppContext.BaseDirectory, "examples", "small.json"));

        Assert.Equal(0, exit);
        Assert.Equal("", stderr);
        using var result = JsonDocument.Parse(stdout);
        // heat-grid-zwolle needs its only reviewer anna (20) and at best bram (5): a mean of 12.5 that no assignment
        // beats, so fair keeps it and then finds the same least total as total.
        var worst = result.RootElement.GetProperty("worstRequest");
        Assert.Equal("heat-grid-zwolle", worst.GetProperty("request").GetString());
        Assert.Equal(25, worst.GetProperty("cost").GetInt64());
        Assert.Equal(2, worst.GetProperty("experts").GetInt32());
        Assert.Equal(66, result.RootElement.GetProperty("totalCost").GetInt64());
        Assert.Equal(objective == "fair", result.RootElement.TryGetProperty("gap", out var gap));
        if (objective == "fair")
        {
            Assert.Equal(0, gap.GetProperty("worstRequest").GetDouble());
            Assert.Equal(0, gap.GetProperty("total").GetDouble());
        }
    }

    [Fact]
    public void Assign_FairObjective_TradesTotalForTheWorstOffRequest()
    {
        var path = Write("""
            { "requests": [{ "id": "r1", "demand": 1 }, { "id": "r2", "demand": 1 }],
              "experts": [{ "id": "anna", "capacity": 1, "loadCosts": [0] }, { "id": "bram", "capacity": 1, "loadCosts": [0] },
                          { "id": "chantal", "capacity": 1, "loadCosts": [0] }],
              "edges": [{ "request": "r1", "expert": "anna", "cost": 0 }, { "request": "r1", "expert": "chantal", "cost": 40 },
                        { "request": "r2", "expert": "anna", "cost": 10 }, { "request": "r2", "expert": "bram", "cost": 45 }] }
            """);

        var total = Run("assign", path);
        var fair = Run("assign", "--objective", "fair", "--time-limit", "5", path);

        Assert.Equal(0, total.Exit);
        Assert.Equal(0, fair.Exit);
        using var totalResult = JsonDocument.Parse(total.Stdout);
        using var fairResult = JsonDocument.Parse(fair.Stdout);
        Assert.Equal(45, totalResult.RootElement.GetProperty("worstRequest").GetProperty("cost").GetInt64());
        Assert.Equal(45, totalResult.RootElement.GetProperty("totalCost").GetInt64());
        Assert.Equal("r1", fairResult.RootElement.GetProperty("worstRequest").GetProperty("request").GetString());
        Assert.Equal(40, fairResult.RootElement.GetProperty("worstRequest").GetProperty("cost").GetInt64());
        Assert.Equal(50, fairResult.RootElement.GetProperty("totalCost").GetInt64());
        var problem = new InstanceFile(path).Problem;
        Assert.Empty(AssignmentChecker.Check(problem, ToSolution(fair.Stdout)).Violations);
    }

    [Theory]
    [InlineData("--objective", "kindest", "'--objective' must be 'total' or 'fair'; it is 'kindest'.")]
    [InlineData("--time-limit", "0", "'--time-limit' must be a number of seconds above 0 and at most 86400; it is '0'.")]
    [InlineData("--colour", "red", "'--colour' is not an option of assign; use --objective or --time-limit.")]
    public void Assign_BadOption_ExitsWithTwoAndNamesIt(string option, string value, string expected)
    {
        var (exit, stdout, stderr) = Run("assign", option, value, Path.Combine(AppContext.BaseDirectory, "examples", "small.json"));

        Assert.Equal(ExitCodes.BadInput, exit);
        Assert.Equal("", stdout);
        Assert.Equal($"error: {expected}", stderr.Trim());
    }

    [Theory]
    [InlineData(21, "\"x\"", "'edges[{0}].cost' must be an integer; it is the string \"x\".")]
    [InlineData(150, "\"x\"", "'edges[{0}].cost' must be an integer; it is the string \"x\".")]
    [InlineData(20_000, "1.5", "'edges[{0}].cost' must be an integer; it is 1.5.")]
    public void Assign_ManyBadEdges_PrintsTwentyProblemsThenHowManyMore(int badEdges, string cost, string message)
    {
        var edges = string.Join(",", Enumerable.Range(0, badEdges).Select(_ => $$"""{ "request": "r1", "expert": "a", "cost": {{cost}} }"""));
        var path = Write($$"""
            { "requests": [{ "id": "r1", "demand": 1 }],
              "experts": [{ "id": "a", "capacity": 1, "loadCosts": [0] }],
              "edges": [{{edges}}] }
            """);

        var (exit, stdout, stderr) = Run("assign", path);

        Assert.Equal(ExitCodes.BadInput, exit);
        Assert.Equal("", stdout);
        var lines = stderr.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(CliApp.MaxShownErrors + 1, lines.Length);
        Assert.Equal($"error: {string.Format(CultureInfo.InvariantCulture, message, 0)}", lines[0]);
        Assert.Equal($"error: {string.Format(CultureInfo.InvariantCulture, message, 19)}", lines[19]);
        Assert.Equal($"and {badEdges - CliApp.MaxShownErrors} more", lines[^1]);
    }

    [Fact]
    public void Assign_TwentyBadEdges_PrintsThemAllWithoutASummary()
    {
        var edges = string.Join(",", Enumerable.Range(0, 20).Select(_ => """{ "request": "r1", "expert": "a", "cost": 1.5 }"""));
        var path = Write($$"""
            { "requests": [{ "id": "r1", "demand": 1 }], "experts": [{ "id": "a", "capacity": 1, "loadCosts": [0] }], "edges": [{{edges}}] }
            """);

        var (_, _, stderr) = Run("assign", path);

        var lines = stderr.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(20, lines.Length);
        Assert.All(lines, line => Assert.StartsWith("error: 'edges[", line, StringComparison.Ordinal));
    }

    [Fact]
    public void ImportNpy_ReviewerScores_WritesAnInstanceWithCostsOneMinusAffinityScaled()
    {
        // Two reviewers × three papers, stored column-major as NumPy writes a transposed matrix.
        var scores = Npy("<f8", "(2, 3)", fortranOrder: true, [1.0, 0.5, -1.0, 0.25, 0.75, 0.0]);
        var coverages = Npy("<i8", "(3,)", fortranOrder: false, [1, 2, 1]);
        var loads = Npy("<i8", "(2,)", fortranOrder: false, [2, 3]);
        var output = Path.Combine(_directory, "converted.json");

        var (exit, _, stderr) = Run("import-npy", "--scores", scores, "--coverages", coverages, "--loads", loads, "--scale", "100", "--out", output);

        Assert.Equal(0, exit);
        Assert.Equal("", stderr);
        var problem = new InstanceFile(output).Problem;
        Assert.Equal([new AssignmentRequest("p0", 1), new AssignmentRequest("p1", 2), new AssignmentRequest("p2", 1)], problem.Requests);
        Assert.Equal(["r0", "r1"], problem.Experts.Select(x => x.Id));
        Assert.Equal([2, 3], problem.Experts.Select(x => x.Capacity));
        // scores[r, p]: r0 = (1.0, -1.0, 0.75), r1 = (0.5, 0.25, 0.0); cost = (1 - score) × 100.
        Assert.Equal(
            [("p0", "r0", 0), ("p0", "r1", 50), ("p1", "r0", 200), ("p1", "r1", 75), ("p2", "r0", 25), ("p2", "r1", 100)],
            problem.Edges.Select(e => (e.Request, e.Expert, e.Cost)));
        Assert.Equal(0, Run("assign", output).Exit);
    }

    [Fact]
    public void ImportNpy_ShapesDoNotFit_ExitsWithTwoAndNamesTheFile()
    {
        var scores = Npy("<f8", "(2, 3)", fortranOrder: false, [1, 1, 1, 1, 1, 1]);
        var coverages = Npy("<i8", "(2,)", fortranOrder: false, [1, 1]);
        var loads = Npy("<i8", "(2,)", fortranOrder: false, [1, 1]);

        var (exit, _, stderr) = Run("import-npy", "--scores", scores, "--coverages", coverages, "--loads", loads);

        Assert.Equal(ExitCodes.BadInput, exit);
        Assert.Equal("error: '--coverages' must hold one number per paper (3); its shape is (2).", stderr.Trim());
    }

    [Fact]
    public void Assign_MalformedJson_ExitsWithTwoAndSaysWhere()
    {
        var path = Write("""{ "requests": [ { "id": "r1", "demand": 1 } """);

        var (exit, _, stderr) = Run("assign", path);

        Assert.Equal(ExitCodes.BadInput, exit);
        Assert.StartsWith($"error: '{path}' is not valid JSON (line 1", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Assign_MissingFields_NamesEachOne()
    {
        var path = Write("""{ "requests": [{ "id": "r1" }], "experts": [{ "id": "a", "capacity": 1 }] }""");

        var (exit, _, stderr) = Run("assign", path);

        Assert.Equal(ExitCodes.BadInput, exit);
        Assert.Equal(
            ["error: 'requests[0].demand' is required.", "error: 'experts[0].loadCosts' is required: one extra cost per engagement up to the capacity.", "error: 'edges' is required."],
            stderr.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void Assign_MissingFile_ExitsWithTwo()
    {
        var (exit, _, stderr) = Run("assign", Path.Combine(_directory, "nope.json"));

        Assert.Equal(ExitCodes.BadInput, exit);
        Assert.StartsWith("error: cannot read instance file", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_NoCommand_ExitsWithTwoAndShowsUsage()
    {
        var (exit, _, stderr) = Run();

        Assert.Equal(ExitCodes.BadInput, exit);
        Assert.Contains("assign <instance.json>", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Generate_SameSeed_WritesTheSameInstance()
    {
        string[] args = ["generate", "--requests", "15", "--experts", "40", "--edges-per-request", "6", "--seed", "42"];

        var first = Run(args);
        var second = Run(args);
        var other = Run([.. args[..^1], "43"]);

        Assert.Equal(0, first.Exit);
        Assert.Equal(first.Stdout, second.Stdout);
        Assert.NotEqual(first.Stdout, other.Stdout);
        using var instance = JsonDocument.Parse(first.Stdout);
        Assert.Equal(15, instance.RootElement.GetProperty("requests").GetArrayLength());
        Assert.Equal(40, instance.RootElement.GetProperty("experts").GetArrayLength());
        Assert.Equal(90, instance.RootElement.GetProperty("edges").GetArrayLength());
    }

    [Fact]
    public void Generate_ThenAssign_SolvesTheGeneratedFile()
    {
        var path = Path.Combine(_directory, "generated.json");
        Assert.Equal(0, Run("generate", "--requests", "50", "--experts", "80", "--edges-per-request", "8", "--seed", "3", "--out", path).Exit);

        var (exit, stdout, stderr) = Run("assign", path);

        Assert.Equal(0, exit);
        Assert.Equal("", stderr);
        var problem = new InstanceFile(path).Problem;
        var solution = ToSolution(stdout);
        Assert.Empty(AssignmentChecker.Check(problem, solution).Violations);
    }

    [Theory]
    [InlineData("--requests", "-1", "'--requests' must be a whole number of 0 or more; it is '-1'.")]
    [InlineData("--colour", "red", "'--colour' is not an option of generate")]
    [InlineData("--edges-per-request", "500", "'--edges-per-request' is 500, more than the 60 experts.")]
    public void Generate_BadOption_ExitsWithTwoAndNamesIt(string option, string value, string expected)
    {
        var (exit, _, stderr) = Run("generate", option, value);

        Assert.Equal(ExitCodes.BadInput, exit);
        Assert.StartsWith($"error: {expected}", stderr, StringComparison.Ordinal);
    }

    private static (int Exit, string Stdout, string Stderr) Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = CliApp.Run(args, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    /// <summary>Writes a version-1 .npy file the way NumPy lays it out: magic, header padded to 64 bytes, raw data.</summary>
    private string Npy(string descr, string shape, bool fortranOrder, double[] values)
    {
        var header = $"{{'descr': '{descr}', 'fortran_order': {(fortranOrder ? "True" : "False")}, 'shape': {shape}, }}";
        header = header.PadRight(((10 + header.Length + 1 + 63) / 64 * 64) - 10 - 1) + "\n";
        using var stream = new MemoryStream();
        stream.Write([0x93, .. "NUMPY"u8, 1, 0]);
        stream.Write(BitConverter.GetBytes((ushort)header.Length));
        stream.Write(System.Text.Encoding.Latin1.GetBytes(header));
        foreach (var value in values)
        {
            stream.Write(descr == "<f8" ? BitConverter.GetBytes(value) : BitConverter.GetBytes((long)value));
        }

        var path = Path.Combine(_directory, $"{Guid.NewGuid():N}.npy");
        File.WriteAllBytes(path, stream.ToArray());
        return path;
    }

    private string Write(string json)
    {
        var path = Path.Combine(_directory, $"{Guid.NewGuid():N}.json");
        File.WriteAllText(path, json);
        return path;
    }

    private static AssignmentSolution ToSolution(string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        return new AssignmentSolution(
            [.. root.GetProperty("assignments").EnumerateArray().Select(a => new ExpertAssignment(a.GetProperty("request").GetString()!, a.GetProperty("expert").GetString()!))],
            root.GetProperty("totalCost").GetInt64(),
            [.. root.GetProperty("unmet").EnumerateArray().Select(u => new UnmetDemand(u.GetProperty("request").GetString()!, u.GetProperty("missing").GetInt32()))]);
    }

    /// <summary>Reads a generated file back with plain System.Text.Json, independently of the CLI's reader.</summary>
    private sealed class InstanceFile(string path)
    {
        private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

        public AssignmentProblem Problem { get; } = JsonSerializer.Deserialize<AssignmentProblem>(File.ReadAllText(path), Options)!;
    }
}
