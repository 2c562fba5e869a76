using WildTrace.Hub.Webhooks;

namespace WildTrace.Hub.Tests.Webhooks;

public sealed class WebhookSignatureTests
{
    private const string Body = "{\"type\":\"case.confirmed\",\"data\":{\"caseId\":1}}";

    [Fact]
    public void Signature_matches_the_standard_webhooks_construction()
    {
        string secret = "whsec_" + Convert.ToBase64String(Enumerable.Range(0, 32).Select(i => (byte)i).ToArray());

        string header = WebhookSignature.Sign([secret], "msg_1", 1_700_000_000, Body);

        byte[] expected = System.Security.Cryptography.HMACSHA256.HashData(
            Enumerable.Range(0, 32).Select(i => (byte)i).ToArray(), System.Text.Encoding.UTF8.GetBytes("msg_1.1700000000." + Body));
        Assert.Equal("v1," + Convert.ToBase64String(expected), header);
    }

    [Fact]
    public void During_rotation_either_secret_verifies_whatever_its_position()
    {
        string newer = WebhookSecret.Create();
        string older = WebhookSecret.Create();

        string header = WebhookSignature.Sign([newer, older], "msg_2", 1_700_000_000, Body);

        Assert.Equal(2, header.Split(' ').Length);
        Assert.True(WebhookSignature.Verify(newer, "msg_2", 1_700_000_000, Body, header));
        Assert.True(WebhookSignature.Verify(older, "msg_2", 1_700_000_000, Body, header));
    }

    [Theory]
    [InlineData("msg_3", 1_700_000_000, Body + " ")]
    [InlineData("msg_4", 1_700_000_000, Body)]
    [InlineData("msg_3", 1_700_000_001, Body)]
    public void Any_change_to_id_timestamp_or_body_fails_verification(string id, long timestamp, string body)
    {
        string secret = WebhookSecret.Create();
        string header = WebhookSignature.Sign([secret], "msg_3", 1_700_000_000, Body);

        bool isValid = WebhookSignature.Verify(secret, id, timestamp, body, header);

        Assert.False(isValid);
    }
}
