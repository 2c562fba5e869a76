using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Options;

namespace WildTrace.Hub.Webhooks;

/// <summary>
/// Keeps the hub from calling private networks on a member's say-so (SSRF, OWASP API7). A URL is allowed only when its
/// host resolves to public addresses; the worker checks again at connect time and connects to the address it checked,
/// so a DNS answer that changes after registration (rebinding) cannot slip through. Singleton; thread-safe.
/// </summary>
internal sealed class OutboundAddressPolicy(IOptions<WebhookOptions> options)
{
    /// <summary>Null when the hub may call <paramref name="url"/>; otherwise why not, for the caller.</summary>
    public async Task<string?> CheckAsync(Uri url, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (!url.IsAbsoluteUri || url.Scheme is not ("https" or "http") || url.UserInfo.Length > 0)
        {
            return "A webhook URL must be an absolute http or https URL without credentials.";
        }

        IPAddress[] addresses;
        try
        {
            addresses = await ResolveAsync(url.IdnHost, cancellationToken);
        }
        catch (SocketException)
        {
            return $"The host '{url.IdnHost}' does not resolve.";
        }

        return addresses.Length == 0 ? $"The host '{url.IdnHost}' does not resolve."
            : addresses.FirstOrDefault(a => !IsAllowed(a)) is { } refused ? $"The host resolves to {refused}, a non-public address."
            : null;
    }

    /// <summary>
    /// <see cref="SocketsHttpHandler.ConnectCallback"/>: resolves, refuses non-public addresses, and connects to the
    /// first allowed one.
    /// </summary>
    public async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        IPAddress[] addresses = await ResolveAsync(context.DnsEndPoint.Host, cancellationToken);
        IPAddress address = addresses.FirstOrDefault(IsAllowed)
            ?? throw new HttpRequestException($"Refused to connect to {context.DnsEndPoint.Host}: no public address.");
        Socket socket = new(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(new IPEndPoint(address, context.DnsEndPoint.Port), cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    public bool IsAllowed(IPAddress address) => options.Value.AllowPrivateAddresses || IsPublic(address);

    /// <summary>False for loopback, unspecified, private (RFC 1918), shared (RFC 6598), link-local, unique-local, multicast and reserved addresses.</summary>
    public static bool IsPublic(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            byte[] b = address.GetAddressBytes();
            return !(b[0] is 0 or 10 or 127 || b[0] >= 224
                || (b[0] == 100 && b[1] is >= 64 and <= 127)
                || (b[0] == 169 && b[1] == 254)
                || (b[0] == 172 && b[1] is >= 16 and <= 31)
                || (b[0] == 192 && b[1] == 168)
                || (b[0] == 192 && b[1] == 0 && b[2] == 0)
                || (b[0] == 198 && b[1] is 18 or 19));
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return false;
        }

        byte[] v6 = address.GetAddressBytes();
        bool isUniqueLocal = (v6[0] & 0xFE) == 0xFC; // fc00::/7
        bool isNat64 = v6[0] == 0x00 && v6[1] == 0x64 && v6[2] == 0xFF && v6[3] == 0x9B; // 64:ff9b::/96 embeds an IPv4 address
        return !(IPAddress.IsLoopback(address) || address.Equals(IPAddress.IPv6None) || address.IsIPv6LinkLocal
            || address.IsIPv6SiteLocal || address.IsIPv6Multicast || isUniqueLocal)
            && (!isNat64 || IsPublic(new IPAddress(v6.AsSpan(12, 4))));
    }

    private static async Task<IPAddress[]> ResolveAsync(string host, CancellationToken cancellationToken) =>
        IPAddress.TryParse(host.Trim('[', ']'), out IPAddress? literal) ? [literal] : await Dns.GetHostAddressesAsync(host, cancellationToken);
}
