using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using WildTrace.Storage.Audit;

namespace WildTrace.Hub.Audit;

/// <summary>
/// The chain hash of an audit entry: SHA-256 over the previous entry's hash and this entry's fields, each
/// length-prefixed so that no two different entries share an encoding ("ab"+"c" vs "a"+"bc").
/// </summary>
internal static class AuditHash
{
    /// <summary>The previous hash of the first entry.</summary>
    public static readonly byte[] Genesis = new byte[32];

    public static byte[] Compute(byte[] previousHash, AuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(previousHash);
        ArgumentNullException.ThrowIfNull(entry);
        using IncrementalHash hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(previousHash);
        Span<byte> number = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(number, entry.At.ToUnixTimeMilliseconds());
        hash.AppendData(number);
        BinaryPrimitives.WriteInt64BigEndian(number, entry.OrganisationId ?? -1);
        hash.AppendData(number);
        AppendText(hash, entry.Actor);
        AppendText(hash, entry.Action);
        AppendText(hash, entry.Subject);
        AppendText(hash, entry.Detail ?? "");
        return hash.GetHashAndReset();
    }

    private static void AppendText(IncrementalHash hash, string text)
    {
        byte[] bytes = Encoding.UTF8.GetBytes(text);
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, bytes.Length);
        hash.AppendData(length);
        hash.AppendData(bytes);
    }
}
