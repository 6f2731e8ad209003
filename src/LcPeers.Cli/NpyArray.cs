using System.Buffers.Binary;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace LcPeers.Cli;

/// <summary>
/// A NumPy <c>.npy</c> file (format versions 1–3) of little-endian 8- or 4-byte floats or integers, read as doubles.
/// Enough for the public reviewer-assignment data; anything else is refused with a message.
/// </summary>
internal sealed partial class NpyArray
{
    private readonly double[] _values;
    private readonly bool _fortranOrder;

    private NpyArray(double[] values, IReadOnlyList<int> shape, bool fortranOrder)
    {
        _values = values;
        Shape = shape;
        _fortranOrder = fortranOrder;
    }

    public IReadOnlyList<int> Shape { get; }

    public double this[int i] => _values[i];

    public double this[int i, int j] => _fortranOrder ? _values[i + (j * Shape[0])] : _values[(i * Shape[1]) + j];

    public static NpyArray Read(string path, string option)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new BadInputException([$"cannot read '{option}' file '{path}': {e.Message}"]);
        }

        return Parse(bytes, option);
    }

    public static NpyArray Parse(ReadOnlySpan<byte> bytes, string option)
    {
        if (bytes.Length < 10 || bytes[0] != 0x93 || !bytes[1..6].SequenceEqual("NUMPY"u8))
        {
            throw new BadInputException(option, "is not a NumPy .npy file.");
        }

        var major = bytes[6];
        var headerStart = major == 1 ? 10 : 12;
        var headerLength = major == 1 ? BinaryPrimitives.ReadUInt16LittleEndian(bytes[8..]) : (int)BinaryPrimitives.ReadUInt32LittleEndian(bytes[8..]);
        if (major is < 1 or > 3 || headerStart + headerLength > bytes.Length)
        {
            throw new BadInputException(option, $"has an unknown .npy header (version {major}).");
        }

        var header = Encoding.Latin1.GetString(bytes.Slice(headerStart, headerLength));
        var descr = Descr().Match(header);
        var shape = ShapeOf().Match(header);
        if (!descr.Success || !shape.Success)
        {
            throw new BadInputException(option, $"has a .npy header without descr or shape: {header.Trim()}");
        }

        var dims = shape.Groups[1].Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(d => int.Parse(d, CultureInfo.InvariantCulture)).ToArray();
        var count = dims.Aggregate(1L, (a, d) => a * d);
        var type = descr.Groups[1].Value;
        var size = type is "<f8" or "<i8" ? 8 : type is "<f4" or "<i4" ? 4
            : throw new BadInputException(option, $"holds '{type}'; expected little-endian floats or integers (<f8, <f4, <i8, <i4).");
        var data = bytes[(headerStart + headerLength)..];
        if (data.Length < count * size)
        {
            throw new BadInputException(option, $"is shorter than its shape ({string.Join(", ", dims)}) says.");
        }

        var values = new double[count];
        for (var i = 0; i < values.Length; i++)
        {
            var item = data.Slice(i * size, size);
            values[i] = type switch
            {
                "<f8" => BinaryPrimitives.ReadDoubleLittleEndian(item),
                "<f4" => BinaryPrimitives.ReadSingleLittleEndian(item),
                "<i8" => BinaryPrimitives.ReadInt64LittleEndian(item),
                _ => BinaryPrimitives.ReadInt32LittleEndian(item),
            };
        }

        return new NpyArray(values, dims, header.Contains("'fortran_order': True", StringComparison.Ordinal));
    }

    [GeneratedRegex(@"'descr':\s*'([^']+)'")]
    private static partial Regex Descr();

    [GeneratedRegex(@"'shape':\s*\(([^)]*)\)")]
    private static partial Regex ShapeOf();
}
