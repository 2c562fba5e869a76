namespace WildTrace.Hub.Terms;

/// <summary>The public keys that verify packs from <c>GET /api/v1/terms/pack</c>: the hub's own and the bundled pack's.</summary>
internal sealed record TermKeysResponse(IReadOnlyList<TermKeyResponse> Keys);
