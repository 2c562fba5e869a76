namespace WildTrace.Hub.HashBanks;

/// <summary>What <see cref="HashBankService"/> returns: a value, or the reason it could not.</summary>
internal sealed record HashBankResult<T>(T? Value, HashBankError Error, IDictionary<string, string[]>? Errors = null)
{
    public static HashBankResult<T> Ok(T value) => new(value, HashBankError.None);

    public static HashBankResult<T> Fail(HashBankError error) => new(default, error);

    public static HashBankResult<T> Invalid(IDictionary<string, string[]> errors) => new(default, HashBankError.Invalid, errors);
}
