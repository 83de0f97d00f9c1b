using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace FitnessApp.Modules.Shop.Payments.Webhooks;

/// <summary>
/// The processor's webhook signature: header <c>Shop-Signature: t=&lt;unix seconds&gt;,v1=&lt;hex HMAC-SHA256(secret,
/// "&lt;t&gt;.&lt;raw body&gt;")&gt;</c> (several v1 entries allowed while a secret is rotated). Signing the timestamp with the body
/// lets us refuse a captured event replayed later; the comparison runs in constant time.
/// </summary>
internal static class WebhookSignature
{
    public const string Header = "Shop-Signature";

    public static string Sign(string secret, long timestamp, ReadOnlySpan<byte> body) =>
        $"t={timestamp.ToString(CultureInfo.InvariantCulture)},v1={Convert.ToHexStringLower(Mac(secret, timestamp, body))}";

    public static SignatureCheck Verify(string? secret, string? header, ReadOnlySpan<byte> body, DateTimeOffset now, TimeSpan tolerance)
    {
        if (string.IsNullOrEmpty(secret) || string.IsNullOrWhiteSpace(header))
        {
            return SignatureCheck.Missing;
        }

        long? timestamp = null;
        var signatures = new List<byte[]>();
        foreach (var part in header.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var separator = part.IndexOf('=', StringComparison.Ordinal);
            if (separator <= 0)
            {
                continue;
            }

            var (name, value) = (part[..separator], part[(separator + 1)..]);
            if (name == "t" && long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var t))
            {
                timestamp = t;
            }
            else if (name == "v1" && value.Length == 64 && TryHex(value, out var bytes))
            {
                signatures.Add(bytes);
            }
        }

        if (timestamp is null || signatures.Count == 0)
        {
            return SignatureCheck.Malformed;
        }

        var expected = Mac(secret, timestamp.Value, body);
        var matches = false;
        foreach (var signature in signatures)
        {
            matches |= CryptographicOperations.FixedTimeEquals(expected, signature);
        }

        if (!matches)
        {
            return SignatureCheck.WrongSignature;
        }

        var age = now.ToUnixTimeSeconds() - timestamp.Value;
        return Math.Abs(age) > tolerance.TotalSeconds ? SignatureCheck.Expired : SignatureCheck.Valid;
    }

    private static byte[] Mac(string secret, long timestamp, ReadOnlySpan<byte> body)
    {
        var prefix = Encoding.UTF8.GetBytes(timestamp.ToString(CultureInfo.InvariantCulture) + ".");
        var payload = new byte[prefix.Length + body.Length];
        prefix.CopyTo(payload, 0);
        body.CopyTo(payload.AsSpan(prefix.Length));
        return HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), payload);
    }

    private static bool TryHex(string value, out byte[] bytes)
    {
        try
        {
            bytes = Convert.FromHexString(value);
            return true;
        }
        catch (FormatException)
        {
            bytes = [];
            return false;
        }
    }
}

internal enum SignatureCheck
{
    Valid,
    Missing,
    Malformed,
    WrongSignature,

    /// <summary>Correctly signed, but too long ago (or ahead): a replay.</summary>
    Expired,
}
