using System.Net;
using WildTrace.Hub.Webhooks;

namespace WildTrace.Hub.Tests.Webhooks;

public sealed class OutboundAddressPolicyTests
{
    [Theory]
    // Loopback, unspecified, private, shared, link-local (cloud metadata), multicast
    [InlineData("127.0.0.1")]
    [InlineData("127.8.9.10")]
    [InlineData("0.0.0.0")]
    [InlineData("10.1.2.3")]
    [InlineData("172.16.0.1")]
    [InlineData("172.31.255.255")]
    [InlineData("192.168.1.1")]
    [InlineData("100.64.0.1")]
    [InlineData("169.254.169.254")]
    [InlineData("224.0.0.1")]
    // IPv6: loopback, unspecified, link-local, unique-local, multicast, IPv4-mapped private, NAT64 of a private address
    [InlineData("::1")]
    [InlineData("::")]
    [InlineData("fe80::1")]
    [InlineData("fd12:3456::1")]
    [InlineData("ff02::1")]
    [InlineData("::ffff:10.0.0.1")]
    [InlineData("64:ff9b::a00:1")]
    public void Non_public_addresses_are_refused(string address)
    {
        Assert.False(OutboundAddressPolicy.IsPublic(IPAddress.Parse(address)));
    }

    [Theory]
    [InlineData("93.184.215.14")]
    [InlineData("172.32.0.1")]
    [InlineData("8.8.8.8")]
    [InlineData("2606:4700::1111")]
    [InlineData("::ffff:93.184.215.14")]
    public void Public_addresses_are_allowed(string address)
    {
        Assert.True(OutboundAddressPolicy.IsPublic(IPAddress.Parse(address)));
    }
}
