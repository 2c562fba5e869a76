namespace WildTrace.Hub.HashBanks;

/// <summary>Why a hash bank request was refused; the API maps each to a status code.</summary>
internal enum HashBankError
{
    None = 0,

    /// <summary>No such bank, or one the caller may not see (the two are not told apart).</summary>
    NotFound,

    /// <summary>The caller may see the bank but not change it, or may not create a shared bank.</summary>
    Forbidden,

    /// <summary>The organisation already has a bank with that name.</summary>
    NameTaken,

    /// <summary>The request broke a rule; <see cref="HashBankResult{T}.Errors"/> says which.</summary>
    Invalid,
}
