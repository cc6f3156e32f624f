using System.Net;
using System.Net.Sockets;

namespace Redirector.Gateway;

/// <summary>
/// Which rate-limit bucket a client address draws from, the same in this process and in Redis. An IPv6 client is
/// given a whole network (a /64 by default: what one household or one server gets), or it could take a fresh bucket
/// for each of its 2^64 addresses; an IPv4 address written as IPv6 (<c>::ffff:198.51.100.7</c>) is that IPv4 client,
/// and a scope id (<c>fe80::1%2</c>) names a local interface, not a client.
/// </summary>
public static class ClientKey
{
    private const int Ipv6Bytes = 16;

    /// <summary>The address that stands for the client's bucket: the connection's, or the one a trusted proxy forwarded.</summary>
    public static IPAddress Of(HttpContext context, int ipv6PrefixLength) => Of(context.Connection.RemoteIpAddress, ipv6PrefixLength);

    public static IPAddress Of(IPAddress? address, int ipv6PrefixLength)
    {
        if (address is null)
        {
            return IPAddress.None;
        }

        if (address.IsIPv4MappedToIPv6)
        {
            return address.MapToIPv4();
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return address;
        }

        Span<byte> bytes = stackalloc byte[Ipv6Bytes];
        address.TryWriteBytes(bytes, out _);
        var whole = ipv6PrefixLength / 8;
        if (whole < Ipv6Bytes)
        {
            bytes[whole] &= (byte)(0xFF << (8 - (ipv6PrefixLength % 8)));
            bytes[(whole + 1)..].Clear();
        }

        // A new address, without the scope id.
        return new IPAddress(bytes);
    }
}
