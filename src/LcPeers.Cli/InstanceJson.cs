using System.Text.Json;
using LcPeers.Matching.Assignment;

namespace LcPeers.Cli;

/// <summary>A problem read from an instance file, with the ids that were written as JSON numbers.</summary>
internal sealed record Instance(AssignmentProblem Problem, NumericIds NumericIds);

/// <summary>Ids given as JSON numbers, so the result can echo them as numbers again.</summary>
internal sealed record NumericIds(IReadOnlySet<string> Requests, IReadOnlySet<string> Experts)
{
    public static readonly NumericIds None = new(new HashSet<string>(), new HashSet<string>());
}

/// <summary>
/// Reads the instance format: <c>{ "requests": [{ "id", "demand", "requiresReviewer"? }], "experts": [{ "id",
/// "capacity", "loadCosts", "isReviewer"? }], "edges": [{ "request", "expert", "cost" }] }</c>.
/// </summary>
/// <remarks>
/// Walks a <see cref="JsonDocument"/> instead of binding types so every error names its field (<c>edges[3].cost</c>)
/// and says what was wrong, and so ids may be strings or numbers. Only JSON shape is checked here; ranges and
/// references are <see cref="AssignmentProblemValidator"/>'s job.
/// </remarks>
internal static class InstanceJson
{
    /// <summary>Errors kept for the message; the rest are only counted (the command line shows fewer still).</summary>
    private const int MaxReportedErrors = 100;

    public static Instance Read(string path)
    {
        byte[] utf8;
        try
        {
            utf8 = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new BadInputException([$"cannot read instance file '{path}': {e.Message}"]);
        }

        return Parse(utf8, path);
    }

    public static Instance Parse(ReadOnlyMemory<byte> utf8, string source)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException e)
        {
            throw new BadInputException([$"'{source}' is not valid JSON (line {e.LineNumber + 1}, byte {e.BytePositionInLine + 1}): {e.Message}"]);
        }

        using (document)
        {
            return new Walk().Read(document.RootElement);
        }
    }

    private sealed class Walk
    {
        private readonly List<string> _errors = [];
        private int _errorCount;
        private readonly HashSet<string> _numericRequests = new(StringComparer.Ordinal);
        private readonly HashSet<string> _numericExperts = new(StringComparer.Ordinal);

        public Instance Read(JsonElement root)
        {
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new BadInputException("instance", $"must be a JSON object with requests, experts and edges; it is {Describe(root)}.");
            }

            var requests = Array(root, "requests", ReadRequest);
            var experts = Array(root, "experts", ReadExpert);
            var edges = Array(root, "edges", ReadEdge);
            if (_errorCount > 0)
            {
                throw new BadInputException(_errors, _errorCount);
            }

            return new Instance(new AssignmentProblem(requests, experts, edges), new NumericIds(_numericRequests, _numericExperts));
        }

        private AssignmentRequest ReadRequest(JsonElement e, string field) => new(
            Id(e, field, "id", _numericRequests),
            Int(e, field, "demand"),
            Bool(e, field, "requiresReviewer"));

        private AssignmentExpert ReadExpert(JsonElement e, string field) => new(
            Id(e, field, "id", _numericExperts),
            Int(e, field, "capacity"),
            IntArray(e, field, "loadCosts"),
            Bool(e, field, "isReviewer"));

        private AssignmentEdge ReadEdge(JsonElement e, string field) => new(
            Id(e, field, "request", null),
            Id(e, field, "expert", null),
            Int(e, field, "cost"));

        private T[] Array<T>(JsonElement root, string name, Func<JsonElement, string, T> read)
        {
            if (!root.TryGetProperty(name, out var array))
            {
                Fail(name, "is required.");
                return [];
            }

            if (array.ValueKind != JsonValueKind.Array)
            {
                Fail(name, $"must be an array; it is {Describe(array)}.");
                return [];
            }

            var items = new T[array.GetArrayLength()];
            var i = 0;
            foreach (var item in array.EnumerateArray())
            {
                var field = $"{name}[{i}]";
                if (item.ValueKind == JsonValueKind.Object)
                {
                    items[i] = read(item, field);
                }
                else
                {
                    Fail(field, $"must be an object; it is {Describe(item)}.");
                }

                i++;
            }

            return items;
        }

        /// <summary>Ids may be strings or numbers; a number is kept as written (<c>7</c> becomes "7").</summary>
        private string Id(JsonElement parent, string field, string name, HashSet<string>? numeric)
        {
            if (!parent.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
            {
                Fail($"{field}.{name}", "is required.");
                return "";
            }

            switch (value.ValueKind)
            {
                case JsonValueKind.String:
                    return value.GetString()!;
                case JsonValueKind.Number:
                    var text = value.GetRawText();
                    numeric?.Add(text);
                    return text;
                default:
                    Fail($"{field}.{name}", $"must be a string or a number; it is {Describe(value)}.");
                    return "";
            }
        }

        private int Int(JsonElement parent, string field, string name)
        {
            if (!parent.TryGetProperty(name, out var value))
            {
                Fail($"{field}.{name}", "is required.");
                return 0;
            }

            return Int(value, $"{field}.{name}");
        }

        private int Int(JsonElement value, string field)
        {
            if (value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number))
            {
                return number;
            }

            var problem = value.ValueKind != JsonValueKind.Number ? $"it is {Describe(value)}"
                : value.TryGetDecimal(out var d) && d == decimal.Truncate(d) ? $"{value.GetRawText()} is out of range"
                : $"it is {value.GetRawText()}";
            Fail(field, $"must be an integer; {problem}.");
            return 0;
        }

        private int[] IntArray(JsonElement parent, string field, string name)
        {
            if (!parent.TryGetProperty(name, out var array) || array.ValueKind == JsonValueKind.Null)
            {
                Fail($"{field}.{name}", "is required: one extra cost per engagement up to the capacity.");
                return [];
            }

            if (array.ValueKind != JsonValueKind.Array)
            {
                Fail($"{field}.{name}", $"must be an array of integers; it is {Describe(array)}.");
                return [];
            }

            var values = new int[array.GetArrayLength()];
            var k = 0;
            foreach (var item in array.EnumerateArray())
            {
                values[k] = Int(item, $"{field}.{name}[{k}]");
                k++;
            }

            return values;
        }

        private bool Bool(JsonElement parent, string field, string name)
        {
            if (!parent.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
            {
                return false;
            }

            if (value.ValueKind is JsonValueKind.True or JsonValueKind.False)
            {
                return value.GetBoolean();
            }

            Fail($"{field}.{name}", $"must be true or false; it is {Describe(value)}.");
            return false;
        }

        private void Fail(string field, string message)
        {
            _errorCount++;
            if (_errors.Count < MaxReportedErrors)
            {
                _errors.Add($"'{field}' {message}");
            }
        }

        private static string Describe(JsonElement value) => value.ValueKind switch
        {
            JsonValueKind.String => $"the string \"{value.GetString()}\"",
            JsonValueKind.Number => value.GetRawText(),
            JsonValueKind.True or JsonValueKind.False => value.GetRawText(),
            JsonValueKind.Null => "null",
            JsonValueKind.Array => "an array",
            JsonValueKind.Object => "an object",
            _ => value.ValueKind.ToString(),
        };
    }
}
