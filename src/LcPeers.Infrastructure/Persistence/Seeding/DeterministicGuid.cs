using System.Security.Cryptography;
using System.Text;

namespace LcPeers.Infrastructure.Persistence.Seeding;

/// <summary>
/// Name-based GUIDs (RFC 9562 version 5) so a seeded record has the same id on every installation:
/// links to "tool 9" or "LC 12" survive a fresh database.
/// </summary>
internal static class DeterministicGuid
{
    private static readonly Guid Namespace = new("5c0b2e4e-7d0c-4a8e-9f3d-1c5a7e2b9d41");

    public static Guid Create(string name)
    {
        Span<byte> ns = stackalloc byte[16];
        Namespace.TryWriteBytes(ns, bigEndian: true, out _);
        var nameBytes = Encoding.UTF8.GetBytes(name);
        var input = new byte[16 + nameBytes.Length];
        ns.CopyTo(input);
        nameBytes.CopyTo(input, 16);
#pragma warning disable CA5350 // SHA-1 is what RFC 9562 prescribes for version 5; this is not a security use.
        var hash = SHA1.HashData(input);
#pragma warning restore CA5350
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash.AsSpan(0, 16), bigEndian: true);
    }
}
