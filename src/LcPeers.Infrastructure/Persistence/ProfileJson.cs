using System.Globalization;
using System.Text;
using System.Text.Json;
using LcPeers.Domain.Common;
using LcPeers.Domain.Experts;
using LcPeers.Domain.Reference;
using LcPeers.Domain.Tools;

namespace LcPeers.Infrastructure.Persistence;

/// <summary>
/// Parses an expert's JSON documents as EF writes them (<see cref="Configurations.ExpertConfiguration"/>): arrays of
/// strings, codes or ids, and arrays of objects with the domain's property names. One forward pass of a
/// <see cref="Utf8JsonReader"/> over a reused buffer per document: the serializer's per-call state made parsing the
/// larger part of a 100,000-expert pool build (3 KB of garbage per expert). One instance per read, not thread-safe.
/// </summary>
internal sealed class ProfileJson
{
    private byte[] _buffer = new byte[1024];

    public List<string> Strings(string? json)
    {
        var list = new List<string>();
        var reader = Reader(json);
        while (Next(ref reader, JsonTokenType.String))
        {
            list.Add(reader.GetString()!);
        }

        return list;
    }

    public List<TEnum> CodeList<TEnum>(string? json) where TEnum : struct, Enum
    {
        var list = new List<TEnum>();
        var reader = Reader(json);
        while (Next(ref reader, JsonTokenType.String))
        {
            list.Add(Codes<TEnum>.Parse(reader.GetString()!));
        }

        return list;
    }

    public List<ToolId> Tools(string? json)
    {
        var list = new List<ToolId>();
        var reader = Reader(json);
        while (Next(ref reader, JsonTokenType.String))
        {
            list.Add(new ToolId(reader.GetGuid()));
        }

        return list;
    }

    public List<Competence> Competences(string? json)
    {
        var list = new List<Competence>();
        var reader = Reader(json);
        while (Next(ref reader, JsonTokenType.StartObject))
        {
            var (bottleneck, level) = (default(Bottleneck), 0);
            while (Property(ref reader) is { } name)
            {
                switch (name)
                {
                    case nameof(Competence.Bottleneck): bottleneck = Codes<Bottleneck>.Parse(reader.GetString()!); break;
                    case nameof(Competence.Level): level = reader.GetInt32(); break;
                    default: reader.Skip(); break;
                }
            }

            list.Add(new Competence(bottleneck, level));
        }

        return list;
    }

    public List<PhaseExperience> Phases(string? json)
    {
        var list = new List<PhaseExperience>();
        var reader = Reader(json);
        while (Next(ref reader, JsonTokenType.StartObject))
        {
            var (phase, count) = (default(Phase), 0);
            while (Property(ref reader) is { } name)
            {
                switch (name)
                {
                    case nameof(PhaseExperience.Phase): phase = Codes<Phase>.Parse(reader.GetString()!); break;
                    case nameof(PhaseExperience.Count): count = reader.GetInt32(); break;
                    default: reader.Skip(); break;
                }
            }

            list.Add(new PhaseExperience(phase, count));
        }

        return list;
    }

    public List<AvailabilityPeriod> Availability(string? json)
    {
        var list = new List<AvailabilityPeriod>();
        var reader = Reader(json);
        while (Next(ref reader, JsonTokenType.StartObject))
        {
            var (from, to, available) = (default(DateOnly), default(DateOnly), false);
            while (Property(ref reader) is { } name)
            {
                switch (name)
                {
                    case nameof(AvailabilityPeriod.From): from = Date(ref reader); break;
                    case nameof(AvailabilityPeriod.To): to = Date(ref reader); break;
                    case nameof(AvailabilityPeriod.Available): available = reader.GetBoolean(); break;
                    default: reader.Skip(); break;
                }
            }

            list.Add(new AvailabilityPeriod(from, to, available));
        }

        return list;
    }

    /// <summary>A reader over the document's UTF-8 bytes, before its opening bracket (an empty array for null or "").</summary>
    private Utf8JsonReader Reader(string? json)
    {
        if (string.IsNullOrEmpty(json))
        {
            return new Utf8JsonReader("[]"u8);
        }

        var length = Encoding.UTF8.GetMaxByteCount(json.Length);
        if (_buffer.Length < length)
        {
            _buffer = new byte[Math.Max(length, _buffer.Length * 2)];
        }

        var written = Encoding.UTF8.GetBytes(json, _buffer);
        var reader = new Utf8JsonReader(_buffer.AsSpan(0, written));
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException("An expert's JSON document is not an array.");
        }

        return reader;
    }

    /// <summary>Moves to the array's next element, which must be a <paramref name="expected"/>; false at the array's end.</summary>
    private static bool Next(ref Utf8JsonReader reader, JsonTokenType expected)
    {
        if (!reader.Read() || reader.TokenType == JsonTokenType.EndArray)
        {
            return false;
        }

        return reader.TokenType == expected ? true : throw new JsonException($"Expected {expected} in an expert's JSON document, found {reader.TokenType}.");
    }

    /// <summary>The next property's name, with the reader on its value; null at the object's end.</summary>
    private static string? Property(ref Utf8JsonReader reader)
    {
        if (!reader.Read() || reader.TokenType == JsonTokenType.EndObject)
        {
            return null;
        }

        var name = reader.GetString();
        reader.Read();
        return name;
    }

    private static DateOnly Date(ref Utf8JsonReader reader) => DateOnly.ParseExact(reader.GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
