namespace WildTrace.Cli.Hashing;

/// <summary>
/// How <c>wildtrace scan</c> opens a listing's image by its location: local files only. A URL (any absolute URI other
/// than <c>file:</c>) is never fetched: a scan must not reach the network or let a listing make it do so.
/// </summary>
internal static class ListingImageFiles
{
    /// <summary>Opens the file, or returns null for a remote location. Relative paths resolve against the current
    /// directory. Throws <see cref="IOException"/> or <see cref="UnauthorizedAccessException"/> for an unreadable file,
    /// which the image detector reports for that image alone.</summary>
    public static Stream? Open(string location)
    {
        string path = location;
        if (Uri.TryCreate(location, UriKind.Absolute, out Uri? uri))
        {
            // On Unix an absolute path such as /tmp/a.png parses as a file: URI too.
            if (!uri.IsFile)
            {
                return null;
            }

            path = uri.LocalPath;
        }

        FileInfo file = new(path);
        if (!file.Exists)
        {
            throw new FileNotFoundException("no such file", location);
        }

        // Devices, FIFOs and /proc entries report a length of 0: refusing them (and empty files, which are no image
        // anyway) keeps a listing naming /dev/zero or a pipe from stalling or flooding the scan.
        if (file.Length == 0)
        {
            throw new IOException("empty, or not a regular file");
        }

        return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1 << 16, FileOptions.SequentialScan);
    }
}
