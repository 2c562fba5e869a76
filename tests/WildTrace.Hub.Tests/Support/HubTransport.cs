namespace WildTrace.Hub.Tests.Support;

/// <summary>How a test reaches the hub: in memory (fast, API tests) or a real Kestrel socket (browsers, load tools).</summary>
public enum HubTransport
{
    TestServer,
    Kestrel,
}
