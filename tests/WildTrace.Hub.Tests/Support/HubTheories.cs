namespace WildTrace.Hub.Tests.Support;

/// <summary>
/// The storages a hub test runs on: always SQLite, and PostgreSQL too when <c>WILDTRACE_TEST_POSTGRES</c> is set
/// (CI sets it; .ci/run starts a real server). Use as <c>[MemberData]</c>.
/// </summary>
public static class HubTheories
{
    public static TheoryData<StorageKind> Storages()
    {
        TheoryData<StorageKind> data = [StorageKind.Sqlite];
        if (TestDatabase.PostgresServer is not null)
        {
            data.Add(StorageKind.Postgres);
        }

        return data;
    }
}
