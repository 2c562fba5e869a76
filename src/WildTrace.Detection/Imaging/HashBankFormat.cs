using System.Buffers.Binary;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace WildTrace.Detection.Imaging;

/// <summary>
/// The on-disk hash bank: a header, the distinct label sets, then 32 bytes of hash plus a label index per entry, and a
/// SHA-256 of everything before it. Little-endian throughout. Layout and rationale: docs/design/hash-bank.md.
/// </summary>
internal static class HashBankFormat
{
    public const int FormatVersion = 1;

    private const int MaxStringBytes = 4096;

    private const int ChecksumBytes = 32;

    private static ReadOnlySpan<byte> Magic => "WTHB"u8;

    public static void Write(Stream stream, IEnumerable<HashBankEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(stream);
        Dictionary<HashLabels, int> ids = [];
        List<HashLabels> labels = [];
        List<HashBankEntry> all = [];
        foreach (HashBankEntry entry in entries)
        {
            if (!ids.ContainsKey(entry.Labels))
            {
                ids.Add(entry.Labels, labels.Count);
                labels.Add(entry.Labels);
            }

            all.Add(entry);
        }

        using IncrementalHash sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        using BufferedStream buffered = new(new ChecksumWriteStream(stream, sha), 1 << 16);
        using BinaryWriter writer = new(buffered, Encoding.UTF8, leaveOpen: true);
        writer.Write(Magic);
        writer.Write((ushort)FormatVersion);
        writer.Write((ushort)0);
        writer.Write(all.Count);
        writer.Write(labels.Count);
        foreach (HashLabels label in labels)
        {
            WriteString(writer, label.Species);
            WriteString(writer, label.Product);
            WriteString(writer, label.Source);
            writer.Write(label.Confidence);
        }

        int idBytes = LabelIdBytes(labels.Count);
        foreach (HashBankEntry entry in all)
        {
            writer.Write(entry.Hash.W0);
            writer.Write(entry.Hash.W1);
            writer.Write(entry.Hash.W2);
            writer.Write(entry.Hash.W3);
            int id = ids[entry.Labels];
            for (int b = 0; b < idBytes; b++)
            {
                writer.Write((byte)(id >> (8 * b)));
            }
        }

        writer.Flush();
        buffered.Flush();
        stream.Write(sha.GetHashAndReset());
    }

    public static bool TryRead(Stream stream, [NotNullWhen(true)] out List<HashBankEntry>? entries, [NotNullWhen(false)] out string? error)
    {
        ArgumentNullException.ThrowIfNull(stream);
        entries = null;
        using IncrementalHash sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        ChecksumReadStream payload = new(stream, sha, ChecksumBytes);
        using BinaryReader reader = new(payload, Encoding.UTF8, leaveOpen: false);
        try
        {
            if (!reader.ReadBytes(4).AsSpan().SequenceEqual(Magic))
            {
                error = "not a WildTrace hash bank (bad magic number)";
                return false;
            }

            int version = reader.ReadUInt16();
            reader.ReadUInt16();
            if (version != FormatVersion)
            {
                error = string.Create(CultureInfo.InvariantCulture, $"unsupported hash bank format version {version} (this build reads {FormatVersion})");
                return false;
            }

            int count = reader.ReadInt32();
            int labelCount = reader.ReadInt32();
            if (count < 0 || labelCount < 0 || labelCount > count + 1)
            {
                error = "corrupt hash bank: impossible entry or label count";
                return false;
            }

            HashLabels[] labels = new HashLabels[labelCount];
            for (int i = 0; i < labelCount; i++)
            {
                labels[i] = new HashLabels(ReadString(reader), ReadString(reader), ReadString(reader), reader.ReadDouble());
            }

            int idBytes = LabelIdBytes(labelCount);
            List<HashBankEntry> read = new(Math.Min(count, 1 << 20));
            for (int i = 0; i < count; i++)
            {
                PdqHash hash = new(reader.ReadUInt64(), reader.ReadUInt64(), reader.ReadUInt64(), reader.ReadUInt64());
                int id = 0;
                for (int b = 0; b < idBytes; b++)
                {
                    id |= reader.ReadByte() << (8 * b);
                }

                if ((uint)id >= (uint)labelCount)
                {
                    error = "corrupt hash bank: label index out of range";
                    return false;
                }

                read.Add(new HashBankEntry(hash, labels[id]));
            }

            if (payload.ReadByte() >= 0 || payload.Trailer.Length != ChecksumBytes)
            {
                error = payload.Trailer.Length < ChecksumBytes ? "corrupt hash bank: file is truncated" : "corrupt hash bank: data after the last entry";
                return false;
            }

            if (!CryptographicOperations.FixedTimeEquals(sha.GetHashAndReset(), payload.Trailer))
            {
                error = "corrupt hash bank: checksum mismatch";
                return false;
            }

            entries = read;
            error = null;
            return true;
        }
        catch (EndOfStreamException)
        {
            error = "corrupt hash bank: file is truncated";
            return false;
        }
        catch (InvalidDataException e)
        {
            error = "corrupt hash bank: " + e.Message;
            return false;
        }
    }

    private static int LabelIdBytes(int labelCount) => labelCount <= 1 << 8 ? 1 : labelCount <= 1 << 16 ? 2 : 4;

    private static void WriteString(BinaryWriter writer, string value)
    {
        byte[] bytes = Encoding.UTF8.GetBytes(value);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(bytes.Length, MaxStringBytes, nameof(value));
        writer.Write((ushort)bytes.Length);
        writer.Write(bytes);
    }

    private static string ReadString(BinaryReader reader)
    {
        int length = reader.ReadUInt16();
        if (length > MaxStringBytes)
        {
            throw new InvalidDataException("label longer than " + MaxStringBytes.ToString(CultureInfo.InvariantCulture) + " bytes");
        }

        byte[] bytes = reader.ReadBytes(length);
        return bytes.Length == length ? Encoding.UTF8.GetString(bytes) : throw new EndOfStreamException();
    }
}
