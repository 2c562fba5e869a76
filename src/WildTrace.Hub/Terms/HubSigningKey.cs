using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using WildTrace.Detection.Terms;

namespace WildTrace.Hub.Terms;

/// <summary>
/// The hub's own ECDSA P-256 key for the packs it builds after curation (the bundled pack stays signed by the
/// coalition's release key). Created on first use at <see cref="TermsOptions.SigningKeyPath"/>, readable by the hub's
/// user only, and never stored in the database. Singleton; <see cref="Sign"/> serialises use of the key.
/// </summary>
internal sealed class HubSigningKey(IOptions<TermsOptions> options, ILogger<HubSigningKey> logger) : IDisposable
{
    private readonly Lock _gate = new();
    private ECDsa? _key;

    /// <summary>The public half as PEM (<c>PUBLIC KEY</c>), and its key id as packs name it.</summary>
    public (string KeyId, string PublicKeyPem) PublicKey
    {
        get
        {
            lock (_gate)
            {
                ECDsa key = Load();
                return (TermPackSignature.KeyIdOf(key), key.ExportSubjectPublicKeyInfoPem());
            }
        }
    }

    /// <summary>Runs <paramref name="write"/> with the key (ECDsa instances are not documented as thread-safe).</summary>
    public void Sign(Action<ECDsa> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        lock (_gate)
        {
            write(Load());
        }
    }

    public void Dispose() => _key?.Dispose();

    private ECDsa Load()
    {
        if (_key is not null)
        {
            return _key;
        }

        string path = Path.GetFullPath(options.Value.SigningKeyPath);
        ECDsa key = ECDsa.Create();
        if (!File.Exists(path))
        {
            using ECDsa created = TermPackSignature.CreateKey();
            Directory.CreateDirectory(Path.GetDirectoryName(path)!); // a full path always has a directory
            string temporary = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
            File.WriteAllText(temporary, created.ExportPkcs8PrivateKeyPem());
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(temporary, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }

            try
            {
                File.Move(temporary, path, overwrite: false); // atomic: two hubs starting at once keep one key
                string keyId = TermPackSignature.KeyIdOf(created);
                TermLog.SigningKeyCreated(logger, keyId, path);
            }
            catch (IOException) when (File.Exists(path))
            {
                File.Delete(temporary);
            }
        }

        key.ImportFromPem(File.ReadAllText(path));
        _key = key;
        return key;
    }
}
