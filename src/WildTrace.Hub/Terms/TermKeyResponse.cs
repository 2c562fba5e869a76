namespace WildTrace.Hub.Terms;

/// <summary>One pack verification key: its id (as packs name it), the PEM public key, and what it signs (<c>hub</c> or <c>bundled</c>).</summary>
internal sealed record TermKeyResponse(string KeyId, string PublicKeyPem, string Use);
