using System.Security.Cryptography;
using WildTrace.Detection.Terms;

namespace WildTrace.Cli.Terms;

/// <summary><c>wildtrace terms pack</c>, <c>delta</c> and <c>keygen</c>: build and sign packs from data/.</summary>
internal static class TermPackBuild
{
    public const string DefaultPackId = "wildtrace-terms";

    public static string DefaultOutput(string dataDir) => Path.Combine(dataDir, "packs", DefaultPackId + ".pack");

    public static int Pack(ConsoleStreams console, string dataDir, string? output, int? version, string? keyPath, TimeProvider time)
    {
        TermDatabase database = TermDataFolder.Read(dataDir);
        if (!database.IsValid)
        {
            foreach (TermDatabaseError error in database.Errors)
            {
                console.Error.WriteLine(error.ToString());
            }

            console.Error.WriteLine($"wildtrace: {database.Errors.Count} defects in {dataDir}; no pack written");
            return ExitCodes.BadArguments;
        }

        string key = PackSigningKey.Resolve(keyPath);
        if (!PackSigningKey.TryLoad(key, out ECDsa? signingKey, out string keyError))
        {
            console.Error.WriteLine($"wildtrace: {keyError}");
            return ExitCodes.BadArguments;
        }

        using (signingKey)
        {
            output ??= DefaultOutput(dataDir);
            int packVersion = version ?? NextVersion(output);
            IReadOnlyList<Term> terms = database.ApprovedTerms();
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!); // A full path always has a directory.
            using (FileStream stream = File.Create(output))
            {
                TermPackWriter.WritePack(stream, DefaultPackId, packVersion, time.GetUtcNow(), terms, database.Species, signingKey!);
            }

            console.Error.WriteLine(
                $"wildtrace: wrote {output}: '{DefaultPackId}' version {packVersion}, {terms.Count} approved terms, {database.Species.Count} taxa, key {TermPackSignature.KeyIdOf(signingKey!)}");
        }

        return ExitCodes.Success;
    }

    public static int Delta(ConsoleStreams console, string fromPath, string toPath, string output, IReadOnlyList<string> trustKeys, string? keyPath, TimeProvider time)
    {
        if (!TrustedPackKeys.TryCreate(trustKeys, out TermPackTrust trust, out List<string> errors))
        {
            errors.ForEach(e => console.Error.WriteLine($"wildtrace: {e}"));
            return ExitCodes.BadArguments;
        }

        if (!PackSigningKey.TryLoad(PackSigningKey.Resolve(keyPath), out ECDsa? signingKey, out string keyError))
        {
            console.Error.WriteLine($"wildtrace: {keyError}");
            return ExitCodes.BadArguments;
        }

        using (signingKey)
        {
            TermPack from, to;
            try
            {
                using (FileStream stream = File.OpenRead(fromPath))
                {
                    from = TermPackReader.Read(stream, trust);
                }

                using (FileStream stream = File.OpenRead(toPath))
                {
                    to = TermPackReader.Read(stream, trust);
                }
            }
            catch (TermPackException e)
            {
                console.Error.WriteLine($"wildtrace: {e.Message}");
                return ExitCodes.BadArguments;
            }

            if (to.Version <= from.Version || !string.Equals(from.PackId, to.PackId, StringComparison.Ordinal))
            {
                console.Error.WriteLine($"wildtrace: a delta needs two versions of one pack, older first; got '{from.PackId}' {from.Version} and '{to.PackId}' {to.Version}");
                return ExitCodes.BadArguments;
            }

            using (FileStream stream = File.Create(output))
            {
                TermPackWriter.WriteDelta(stream, from, to, time.GetUtcNow(), signingKey!);
            }

            console.Error.WriteLine($"wildtrace: wrote {output}: '{to.PackId}' {from.Version} -> {to.Version}");
        }

        return ExitCodes.Success;
    }

    public static int Keygen(ConsoleStreams console, string? keyPath, string publicKeyFolder)
    {
        string path = PackSigningKey.Resolve(keyPath);
        if (File.Exists(path))
        {
            console.Error.WriteLine($"wildtrace: '{path}' exists; a signing key is never overwritten (move it away to rotate)");
            return ExitCodes.BadArguments;
        }

        using ECDsa key = TermPackSignature.CreateKey();
        string keyId = TermPackSignature.KeyIdOf(key);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!); // A full path always has a directory.
        using (FileStream stream = OperatingSystem.IsWindows()
            ? new FileStream(path, FileMode.CreateNew)
            : new FileStream(path, new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite }))
        using (StreamWriter writer = new(stream))
        {
            writer.Write(key.ExportPkcs8PrivateKeyPem());
        }

        Directory.CreateDirectory(publicKeyFolder);
        string publicPath = Path.Combine(publicKeyFolder, keyId + ".pem");
        File.WriteAllText(publicPath, key.ExportSubjectPublicKeyInfoPem() + "\n");
        console.Error.WriteLine($"wildtrace: new signing key {keyId}: private part in {path} (keep it out of the repository), public part in {publicPath}");
        return ExitCodes.Success;
    }

    private static int NextVersion(string output)
    {
        if (!File.Exists(output))
        {
            return 1;
        }

        return TermPackReader.PeekManifest(File.ReadAllBytes(output)) is { } existing ? existing.Manifest.Version + 1 : 1;
    }
}
