namespace WildTrace.Storage;

/// <summary>The <c>Storage</c> configuration section.</summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    /// <summary>The file SQLite uses when no connection string is configured, relative to the working directory.</summary>
    public const string DefaultSqliteConnectionString = "Data Source=wildtrace-hub.db";

    public StorageProvider Provider { get; set; } = StorageProvider.Sqlite;

    /// <summary>Null or empty means <see cref="DefaultSqliteConnectionString"/>; required for PostgreSQL.</summary>
    public string? ConnectionString { get; set; }
}
