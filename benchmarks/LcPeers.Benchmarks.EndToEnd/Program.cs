using System.Globalization;
using System.Text.Json;
using LcPeers.Benchmarks.EndToEnd;

// dotnet run -c Release --project benchmarks/LcPeers.Benchmarks.EndToEnd -- --experts 1000,10000,100000 --iterations 50
var sizes = Option(args, "--experts", "1000,10000,100000").Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToList();
var iterations = int.Parse(Option(args, "--iterations", "50"), CultureInfo.InvariantCulture);
var root = FindRepositoryRoot();
var results = new List<SizeResult>();
foreach (var size in sizes)
{
    Console.Error.WriteLine($"== {size:N0} experts");
    results.Add(await Bench.RunAsync(root, size, iterations));
}

Console.WriteLine(Report.Markdown(results));
var output = Path.Combine(root, "artifacts", "benchmarks");
Directory.CreateDirectory(output);
await File.WriteAllTextAsync(Path.Combine(output, "end-to-end.json"), JsonSerializer.Serialize(results, new JsonSerializerOptions { WriteIndented = true }));
return 0;

static string Option(string[] args, string name, string fallback)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
}

static string FindRepositoryRoot()
{
    var dir = new DirectoryInfo(AppContext.BaseDirectory);
    while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "LcPeers.sln")))
    {
        dir = dir.Parent;
    }

    return dir?.FullName ?? throw new InvalidOperationException("Run from inside the repository.");
}
