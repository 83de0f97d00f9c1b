namespace FitnessApp.Modules.Accounts.Security.RateLimits;

/// <summary><c>RateLimiting:Account:*</c>: attempts per account in a fixed window, whichever address they come from.</summary>
internal sealed class AccountRateLimitOptions
{
    public const string Section = "RateLimiting:Account";

    /// <summary>Registrations, password-reset requests and resets, confirmation resends and email changes per account.</summary>
    public int PermitLimit { get; set; } = 5;

    /// <summary>Failed sign-ins per account; above the lockout's 5 so that the lockout answers first.</summary>
    public int SignInFailureLimit { get; set; } = 10;

    public int WindowSeconds { get; set; } = 900;
}
