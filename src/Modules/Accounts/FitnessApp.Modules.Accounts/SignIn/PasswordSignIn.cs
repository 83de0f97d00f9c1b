using FitnessApp.Modules.Accounts.Contracts.Security;
using FitnessApp.Modules.Accounts.Domain;
using FitnessApp.Modules.Accounts.Security.Audit;
using FitnessApp.Modules.Accounts.Security.RateLimits;
using Microsoft.AspNetCore.Identity;

namespace FitnessApp.Modules.Accounts.SignIn;

/// <summary>
/// A password sign-in for the API (bearer) and the portal (cookie): the per-account limit of failures,
/// Identity's lockout, and the audit entry (signed in, failed, locked out).
/// </summary>
internal sealed class PasswordSignIn(SignInManager<User> signInManager, UserManager<User> users, AuditTrail audit, AccountAttemptLimiter limiter)
{
    public async Task<SignInResult> SignInAsync(string email, string password, bool isPersistent, string scheme, CancellationToken cancellationToken)
    {
        email = email.Trim();
        limiter.EnsureAvailable(AccountAction.SignIn, email);
        var user = await users.FindByEmailAsync(email);
        var wasLockedOut = user is not null && await users.IsLockedOutAsync(user);
        signInManager.AuthenticationScheme = scheme;
        var result = await signInManager.PasswordSignInAsync(email, password, isPersistent, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            await audit.WriteAsync(SecurityEventKind.SignedIn, user?.Id, user?.Email ?? email, cancellationToken: cancellationToken);
            return result;
        }

        var (kind, details) = result switch
        {
            { IsLockedOut: true } when !wasLockedOut => (SecurityEventKind.LockedOut, "5 failed sign-ins: locked for 15 minutes"),
            { IsLockedOut: true } => (SecurityEventKind.SignInFailed, "the account is locked"),
            { IsNotAllowed: true } => (SecurityEventKind.SignInFailed, "sign-in not allowed"),
            _ when user is null => (SecurityEventKind.SignInFailed, "no account with this email"),
            _ => (SecurityEventKind.SignInFailed, "wrong password"),
        };
        await audit.WriteAsync(kind, user?.Id, user?.Email ?? email, details, cancellationToken);
        limiter.Take(AccountAction.SignIn, email);
        return result;
    }
}
