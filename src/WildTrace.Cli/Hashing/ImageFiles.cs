namespace WildTrace.Cli.Hashing;

/// <summary>Expands <c>FILE|DIR...</c> arguments into image files, keeping each path as the user spelled it.</summary>
internal static class ImageFiles
{
    // Inside a directory only these are taken, so a README or .DS_Store is not reported as a broken image. A file named
    // on the command line is always tried.
    private static readonly HashSet<string> s_extensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ".jpg", ".jpeg", ".jfif", ".png", ".gif", ".bmp", ".tif", ".tiff", ".webp", ".tga", ".pbm", ".pgm", ".ppm", ".pnm",
    };

    /// <summary>Files in argument order; a directory's images follow in ordinal path order, recursively.</summary>
    public static IEnumerable<string> Expand(IEnumerable<string> paths)
    {
        foreach (string path in paths)
        {
            if (Directory.Exists(path))
            {
                IEnumerable<string> files = Directory
                    .EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(f => s_extensions.Contains(Path.GetExtension(f)))
                    .Order(StringComparer.Ordinal);
                foreach (string file in files)
                {
                    yield return file;
                }
            }
            else
            {
                yield return path;
            }
        }
    }
}
