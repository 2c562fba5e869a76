using System.Diagnostics.CodeAnalysis;
using WildTrace.Detection.Imaging;

namespace WildTrace.Cli.Hashing;

/// <summary>Hashes image files, turning file-system failures into the same one-line errors as decoding failures.</summary>
internal sealed class ImageFileHasher(PdqHasher hasher)
{
    public PdqHasher Hasher { get; } = hasher;

    public bool TryHash(string path, out PdqHashResult result, [NotNullWhen(false)] out string? error)
    {
        result = default;
        if (!TryOpen(path, out FileStream? stream, out error))
        {
            return false;
        }

        using (stream)
        {
            return Hasher.TryHash(stream, out result, out error);
        }
    }

    public bool TryHashDihedral(string path, [NotNullWhen(true)] out PdqDihedralHashes? hashes, [NotNullWhen(false)] out string? error)
    {
        hashes = null;
        if (!TryOpen(path, out FileStream? stream, out error))
        {
            return false;
        }

        using (stream)
        {
            return Hasher.TryHashDihedral(stream, out hashes, out error);
        }
    }

    private static bool TryOpen(string path, [NotNullWhen(true)] out FileStream? stream, [NotNullWhen(false)] out string? error)
    {
        stream = null;
        try
        {
            stream = File.OpenRead(path);
            error = null;
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The file-system boundary: a missing or unreadable file is reported and the run goes on.
            error = e is FileNotFoundException or DirectoryNotFoundException ? "no such file" : e.Message;
            return false;
        }
    }
}
