namespace WildTrace.Detection.Imaging;

/// <summary>A hash in a <see cref="HashBank"/> and its labels.</summary>
/// <param name="Hash">The PDQ hash.</param>
/// <param name="Labels">What the hash is known to show.</param>
public readonly record struct HashBankEntry(PdqHash Hash, HashLabels Labels);
