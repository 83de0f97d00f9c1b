namespace FitnessApp.Modules.Accounts.Security.Passwords;

internal static class PasswordHashing
{
    /// <summary>Identity's own default for PBKDF2-HMAC-SHA512 since .NET 7.</summary>
    public const int Iterations = 100_000;
}
