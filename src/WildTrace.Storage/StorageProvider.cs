namespace WildTrace.Storage;

/// <summary>Which database the hub uses (<c>Storage:Provider</c>).</summary>
public enum StorageProvider
{
    /// <summary>The default: a file database, created in the working directory when no connection string is set.</summary>
    Sqlite = 0,

    /// <summary>PostgreSQL, for production.</summary>
    Postgres = 1,
}
