using Npgsql;

namespace WildTrace.Hub.Tests.Support;

/// <summary>
/// A fresh, empty database for one test host: a SQLite file in a temporary folder, or, for <see cref="StorageKind.Postgres"/>,
/// a new database on the server named by <c>WILDTRACE_TEST_POSTGRES</c> (a connection string; CI sets it).
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public const string PostgresVariable = "WILDTRACE_TEST_POSTGRES";

    private readonly string? _folder;
    private readonly string? _adminConnectionString;
    private readonly string? _databaseName;

    private TestDatabase(StorageKind kind, string connectionString, string? folder, string? adminConnectionString, string? databaseName)
    {
        Kind = kind;
        ConnectionString = connectionString;
        _folder = folder;
        _adminConnectionString = adminConnectionString;
        _databaseName = databaseName;
    }

    public StorageKind Kind { get; }

    public string ConnectionString { get; }

    public static string? PostgresServer => Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } server ? server : null;

    public static async Task<TestDatabase> CreateAsync(StorageKind kind)
    {
        if (kind == StorageKind.Sqlite)
        {
            string folder = Directory.CreateTempSubdirectory("wildtrace-hub-test-").FullName;
            return new TestDatabase(kind, $"Data Source={Path.Combine(folder, "hub.db")}", folder, null, null);
        }

        string server = PostgresServer ?? throw new InvalidOperationException($"{PostgresVariable} is not set.");
        string name = "wildtrace_test_" + Guid.NewGuid().ToString("N");
        await using (NpgsqlConnection connection = new(server))
        {
            await connection.OpenAsync();
            await using NpgsqlCommand create = new($"CREATE DATABASE \"{name}\"", connection);
            await create.ExecuteNonQueryAsync();
        }

        NpgsqlConnectionStringBuilder builder = new(server) { Database = name };
        return new TestDatabase(kind, builder.ConnectionString, null, server, name);
    }

    public async ValueTask DisposeAsync()
    {
        if (_folder is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(_folder, recursive: true);
        }

        if (_adminConnectionString is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using NpgsqlConnection connection = new(_adminConnectionString);
            await connection.OpenAsync();
            await using NpgsqlCommand drop = new($"DROP DATABASE IF EXISTS \"{_databaseName}\" WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }
    }
}
