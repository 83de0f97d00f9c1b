namespace FitnessApp.Modules.Shared.Security;

/// <summary>Named authorization policies; the host defines them, endpoints and pages refer to them by name.</summary>
public static class PlatformPolicies
{
    /// <summary>Operators and admins: the jobs dashboard and other operators' pages.</summary>
    public const string Operator = "operator";

    /// <summary>Admins only.</summary>
    public const string Admin = "admin";

    /// <summary>The rate-limiting policy of sign-in, registration and token refresh endpoints.</summary>
    public const string AuthRateLimit = "auth";
}
