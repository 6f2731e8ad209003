using System.Buffers;
using System.Text;
using System.Text.Json;
using LcPeers.Matching.Assignment;

namespace LcPeers.Cli;

/// <summary>Writes results and instances in the instance file's shape, ids echoed as they were given.</summary>
internal static class JsonOutput
{
    private static readonly JsonWriterOptions Indented = new() { Indented = true };

    /// <summary>
    /// The result: assignments, total cost, the worst-off request (<c>null</c> when nobody is assigned), the unmet
    /// demand, and for the fair objective the relative gaps of its two stages (0 when proven optimal).
    /// </summary>
    public static string Solution(AssignmentSolution solution, WorstOffRequest? worst, FairAssignmentSolution? fair, NumericIds numericIds) => Write(writer =>
    {
        writer.WriteStartObject();
        writer.WriteStartArray("assignments");
        foreach (var (request, expert) in solution.Assignments)
        {
            writer.WriteStartObject();
            WriteId(writer, "request", request, numericIds.Requests);
            WriteId(writer, "expert", expert, numericIds.Experts);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteNumber("totalCost", solution.TotalCost);
        if (worst is null)
        {
            writer.WriteNull("worstRequest");
        }
        else
        {
            writer.WriteStartObject("worstRequest");
            WriteId(writer, "request", worst.Request, numericIds.Requests);
            writer.WriteNumber("cost", worst.Cost);
            writer.WriteNumber("experts", worst.Experts);
            writer.WriteEndObject();
        }

        if (fair is not null)
        {
            writer.WriteStartObject("gap");
            writer.WriteNumber("worstRequest", Math.Round(fair.WorstGap, 6));
            writer.WriteNumber("total", Math.Round(fair.TotalGap, 6));
            writer.WriteEndObject();
        }

        writer.WriteStartArray("unmet");
        foreach (var (request, missing) in solution.Unmet)
        {
            writer.WriteStartObject();
            WriteId(writer, "request", request, numericIds.Requests);
            writer.WriteNumber("missing", missing);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    });

    public static string Problem(AssignmentProblem problem) => Write(writer =>
    {
        writer.WriteStartObject();
        writer.WriteStartArray("requests");
        foreach (var request in problem.Requests)
        {
            writer.WriteStartObject();
            writer.WriteString("id", request.Id);
            writer.WriteNumber("demand", request.Demand);
            if (request.RequiresReviewer)
            {
                writer.WriteBoolean("requiresReviewer", true);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("experts");
        foreach (var expert in problem.Experts)
        {
            writer.WriteStartObject();
            writer.WriteString("id", expert.Id);
            writer.WriteNumber("capacity", expert.Capacity);
            writer.WriteStartArray("loadCosts");
            foreach (var cost in expert.LoadCosts)
            {
                writer.WriteNumberValue(cost);
            }

            writer.WriteEndArray();
            if (expert.IsReviewer)
            {
                writer.WriteBoolean("isReviewer", true);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("edges");
        foreach (var (request, expert, cost) in problem.Edges)
        {
            writer.WriteStartObject();
            writer.WriteString("request", request);
            writer.WriteString("expert", expert);
            writer.WriteNumber("cost", cost);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    });

    private static void WriteId(Utf8JsonWriter writer, string name, string id, IReadOnlySet<string> numeric)
    {
        writer.WritePropertyName(name);
        if (numeric.Contains(id))
        {
            writer.WriteRawValue(id);
        }
        else
        {
            writer.WriteStringValue(id);
        }
    }

    private static string Write(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, Indented))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
