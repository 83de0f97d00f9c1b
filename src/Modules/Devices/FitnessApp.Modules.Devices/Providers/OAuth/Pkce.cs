using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace FitnessApp.Modules.Devices.Providers.OAuth;

/// <summary>RFC 7636 proof key (S256) and the random OAuth state.</summary>
internal static class Pkce
{
    public const string Method = "S256";

    /// <summary>43 characters of base64url from 32 random bytes (RFC 7636 §4.1).</summary>
    public static string NewVerifier() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));

    public static string NewState() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));

    /// <summary>BASE64URL(SHA256(ASCII(verifier))) without padding (RFC 7636 §4.2).</summary>
    public static string ChallengeOf(string verifier) => Base64Url.EncodeToString(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)));
}
