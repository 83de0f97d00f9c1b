using System.Net;
using System.Net.Sockets;
using FitnessApp.Modules.Shared.Web;

namespace FitnessApp.Modules.Accounts.Security.RateLimits;

/// <summary>The keys attempts are counted under: one per client network, one per account and action.</summary>
internal static class RateLimitPartitionKeys
{
    private const int Ipv6NetworkBytes = 8;

    /// <summary>
    /// An IPv4 client by its address; an IPv6 client by its /64 network, since one subscriber usually holds a
    /// whole /64 and could otherwise rotate through addresses to escape the limit.
    /// </summary>
    public static string ForClient(IPAddress? address)
    {
        if (address is null)
        {
            return "ip:unknown";
        }

        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return $"ip:{address}";
        }

        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, Ipv6NetworkBytes, bytes.Length - Ipv6NetworkBytes);
        return $"ip:{new IPAddress(bytes)}/64";
    }

    /// <summary>The same account however its email is typed (case, surrounding spaces).</summary>
    public static string ForAccount(AccountAction action, string? account) =>
        $"{WireNames.Of(action)}:{account?.Trim().ToUpperInvariant()}";
}

/// <summary>What is counted per account.</summary>
internal enum AccountAction
{
    /// <summary>Failed sign-ins (successful ones do not count).</summary>
    SignIn = 0,
    Register = 1,
    PasswordReset = 2,
    Confirmation = 3,
    EmailChange = 4,
}
