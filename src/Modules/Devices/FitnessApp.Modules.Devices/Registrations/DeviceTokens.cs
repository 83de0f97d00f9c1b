using System.Buffers;
using System.Security.Cryptography;
using System.Text;

namespace FitnessApp.Modules.Devices.Registrations;

/// <summary>
/// Device tokens: <see cref="Prefix"/> followed by 32 random bytes in base64url (256 bits, so a plain SHA-256 is a safe
/// stored form: nothing to brute-force, and the hash is the lookup key). Shown once, never stored.
/// </summary>
internal static class DeviceTokens
{
    public const string Prefix = "fad_";

    public const int RandomBytes = 32;

    /// <summary>The prefix and 43 base64url characters.</summary>
    public const int Length = 47;

    private static readonly SearchValues<char> Base64UrlAlphabet =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_");

    public static string Create()
    {
        Span<byte> random = stackalloc byte[RandomBytes];
        RandomNumberGenerator.Fill(random);
        return Prefix + Convert.ToBase64String(random).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }

    public static string Hash(string token) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    /// <summary>Whether the text could be a token at all (checked before hashing, so junk is refused cheaply).</summary>
    public static bool IsWellFormed(string? token) =>
        token is { Length: Length } && token.StartsWith(Prefix, StringComparison.Ordinal)
        && !token.AsSpan(Prefix.Length).ContainsAnyExcept(Base64UrlAlphabet);
}
