namespace WildTrace.Hub.Tests.Support;

/// <summary>Which real database a test host runs on.</summary>
public enum StorageKind
{
    Sqlite,
    Postgres,
}
