using System.CommandLine;
using WildTrace.Cli.Hashing;
using WildTrace.Detection.Imaging;

namespace WildTrace.Cli.Commands;

/// <summary><c>wildtrace hash FILE|DIR...</c>: PDQ hashes of images, one <c>hash,quality,path</c> line each.</summary>
internal static class HashCommand
{
    public static Command Create()
    {
        Argument<string[]> paths = new("paths")
        {
            Description = "Image files, or directories searched recursively for images.",
            Arity = ArgumentArity.OneOrMore,
        };
        Option<bool> dihedral = new("--dihedral")
        {
            Description = "Print all 8 orientations per image: original,rot90,rot180,rot270,flipx,flipy,flip+1,flip-1,quality,path.",
        };
        Option<ExifOrientationPolicy> exif = new("--exif-orientation")
        {
            Description = "Ignore (default, as ThreatExchange) or Apply the EXIF orientation before hashing.",
            DefaultValueFactory = _ => ExifOrientationPolicy.Ignore,
        };

        Command command = new("hash", "Compute PDQ hashes of images (ThreatExchange pdq-photo-hasher format: hash,quality,path).");
        command.Arguments.Add(paths);
        command.Options.Add(dihedral);
        command.Options.Add(exif);
        command.SetAction(parseResult =>
        {
            ImageFileHasher hasher = new(new PdqHasher(new PdqHasherOptions { ExifOrientation = parseResult.GetValue(exif) }));
            return Run(
                parseResult.GetValue(paths) ?? [],
                parseResult.GetValue(dihedral),
                hasher,
                parseResult.InvocationConfiguration.Output,
                parseResult.InvocationConfiguration.Error);
        });
        return command;
    }

    private static int Run(string[] paths, bool isDihedral, ImageFileHasher hasher, TextWriter output, TextWriter error)
    {
        int exitCode = ExitCodes.Success;
        foreach (string path in ImageFiles.Expand(paths))
        {
            string? failure;
            if (isDihedral)
            {
                if (hasher.TryHashDihedral(path, out PdqDihedralHashes? hashes, out failure))
                {
                    output.WriteLine($"{string.Join(',', hashes.All)},{hashes.Quality.ToString(System.Globalization.CultureInfo.InvariantCulture)},{path}");
                    continue;
                }
            }
            else if (hasher.TryHash(path, out PdqHashResult result, out failure))
            {
                output.WriteLine($"{result.Hash},{result.Quality.ToString(System.Globalization.CultureInfo.InvariantCulture)},{path}");
                continue;
            }

            // One line per bad file, and the rest are still hashed; the exit code says something was skipped.
            error.WriteLine($"wildtrace: {path}: {failure}");
            exitCode = ExitCodes.IoFailure;
        }

        return exitCode;
    }
}
