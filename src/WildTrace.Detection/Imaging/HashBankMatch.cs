namespace WildTrace.Detection.Imaging;

/// <summary>A banked hash found near a query, with its labels and the Hamming distance to the query.</summary>
/// <param name="Hash">The banked hash.</param>
/// <param name="Labels">Its labels.</param>
/// <param name="Distance">Differing bits between the query and <paramref name="Hash"/>, 0 to 256.</param>
public readonly record struct HashBankMatch(PdqHash Hash, HashLabels Labels, int Distance);
