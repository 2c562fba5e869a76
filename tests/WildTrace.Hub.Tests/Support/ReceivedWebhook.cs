namespace WildTrace.Hub.Tests.Support;

/// <summary>One request the receiver got.</summary>
public sealed record ReceivedWebhook(string Id, string Timestamp, string Signature, string Body);
