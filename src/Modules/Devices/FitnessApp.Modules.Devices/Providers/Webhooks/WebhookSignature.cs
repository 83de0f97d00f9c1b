using System.Security.Cryptography;
using System.Text;

namespace FitnessApp.Modules.Devices.Providers.Webhooks;

/// <summary>HMAC-SHA256 of a webhook's raw body with the shared secret, sent as hex (optionally <c>sha256=</c>-prefixed).</summary>
internal static class WebhookSignature
{
    public static string Sign(string secret, ReadOnlySpan<byte> body) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body));

    /// <summary>Compared in constant time, so the time taken says nothing about how much of a forged signature matched.</summary>
    public static bool IsValid(string? secret, ReadOnlySpan<byte> body, string? signature)
    {
        if (string.IsNullOrEmpty(secret) || string.IsNullOrWhiteSpace(signature))
        {
            return false;
        }

        var hex = signature.Trim();
        if (hex.StartsWith("sha256=", StringComparison.OrdinalIgnoreCase))
        {
            hex = hex["sha256=".Length..];
        }

        byte[] given;
        try
        {
            given = Convert.FromHexString(hex);
        }
        catch (FormatException)
        {
            return false;
        }

        var expected = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body);
        return CryptographicOperations.FixedTimeEquals(expected, given);
    }

    /// <summary>Constant-time equality of two texts (the webhook verify token).</summary>
    public static bool SameText(string? expected, string? given) =>
        expected is { Length: > 0 } && given is not null
        && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(expected), Encoding.UTF8.GetBytes(given));
}
