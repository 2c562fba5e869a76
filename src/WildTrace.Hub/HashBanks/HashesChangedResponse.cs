namespace WildTrace.Hub.HashBanks;

/// <summary>What a write changed, and the feed revision that holds it (the matcher has it within seconds).</summary>
internal sealed record HashesChangedResponse(int Added, int Updated, int Removed, long Revision);
