using FitnessApp.Modules.Accounts.Contracts.Security;
using FitnessApp.Modules.Accounts.Contracts.Users;
using FitnessApp.Modules.Accounts.Data;
using FitnessApp.Modules.Accounts.Domain;
using FitnessApp.Modules.Accounts.Email;
using FitnessApp.Modules.Accounts.Security.Audit;
using FitnessApp.Modules.Accounts.Security.RateLimits;
using FitnessApp.Modules.Shared.Data;
using FitnessApp.Modules.Shared.Errors;
using FitnessApp.Modules.Shared.Messaging.Outbox;
using FitnessApp.Modules.Shared.Security;
using MediatR;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Accounts.Registration.RegisterUser;

/// <summary>
/// Creates the account and mails a confirmation link. An address that already has an account gets the same
/// answer (a made-up id) and its owner a message instead, so registration does not reveal who is registered;
/// the password is checked and hashed on that path too, so the answer takes as long.
/// </summary>
internal sealed class RegisterUserHandler(
    UserManager<User> users,
    AccountsDbContext db,
    TimeProvider clock,
    AccountEmails emails,
    AuditTrail audit,
    AccountAttemptLimiter limiter)
    : IRequestHandler<RegisterUser, RegisteredUser>
{
    public async Task<RegisteredUser> Handle(RegisterUser request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var email = request.Email.Trim();
        limiter.Take(AccountAction.Register, email);
        var user = new User
        {
            UserName = email,
            Email = email,
            DisplayName = request.DisplayName.Trim(),
            CreatedAt = now,
            AcceptedTermsVersion = request.AcceptedTermsVersion,
            TermsAcceptedAt = now,
            HealthDataConsent = request.HealthDataConsent,
            HealthDataConsentChangedAt = request.HealthDataConsent ? now : null,
        };
        await EnsurePasswordAcceptedAsync(user, request.Password);

        if (await users.FindByEmailAsync(email) is { } owner)
        {
            users.PasswordHasher.HashPassword(user, request.Password);
            emails.Request(AccountEmailKind.RegistrationAttempted, owner);
            return Decoy(email, user);
        }

        IdentityResult created;
        try
        {
            created = await users.CreateAsync(user, request.Password);
        }
        catch (DbUpdateException exception) when (exception.IsUniqueViolation())
        {
            // Another registration of the same email committed between the check and this insert (EF rolled back to its savepoint).
            db.ChangeTracker.Clear();
            return Decoy(email, user);
        }

        if (!created.Succeeded)
        {
            return created.Errors.Any(e => e.Code is nameof(IdentityErrorDescriber.DuplicateEmail) or nameof(IdentityErrorDescriber.DuplicateUserName))
                ? Decoy(email, user)
                : throw ToException(created);
        }

        var role = await users.AddToRoleAsync(user, PlatformRoles.Athlete);
        if (!role.Succeeded)
        {
            throw new InvalidOperationException($"Could not give the athlete role: {string.Join(" ", role.Errors.Select(e => e.Description))}");
        }

        db.AddIntegrationEvent(new UserRegistered(user.Id, email, user.DisplayName), now);
        emails.Request(AccountEmailKind.ConfirmEmail, user);
        // One entry for the registration: what was accepted and consented to is in its details.
        audit.Add(SecurityEventKind.Registered, user, RegistrationDetails(request));
        return new RegisteredUser(user.Id, email, user.DisplayName);
    }

    private static string RegistrationDetails(RegisterUser request) =>
        $"Accepted terms and privacy policy version {request.AcceptedTermsVersion}; health-data consent {(request.HealthDataConsent ? "given" : "not given")}.";

    private static RegisteredUser Decoy(string email, User user) => new(Guid.CreateVersion7(), email, user.DisplayName);

    private async Task EnsurePasswordAcceptedAsync(User user, string password)
    {
        var errors = new List<string>();
        foreach (var validator in users.PasswordValidators)
        {
            var result = await validator.ValidateAsync(users, user, password);
            errors.AddRange(result.Errors.Select(e => e.Description));
        }

        if (errors.Count > 0)
        {
            throw FieldErrors.For("password", [.. errors]);
        }
    }

    private static Exception ToException(IdentityResult result)
    {
        var password = result.Errors.Where(e => e.Code.StartsWith("Password", StringComparison.Ordinal)).Select(e => e.Description).ToArray();
        if (password.Length > 0)
        {
            return FieldErrors.For("password", password);
        }

        var email = result.Errors.Where(e => e.Code.Contains("Email", StringComparison.Ordinal) || e.Code.Contains("UserName", StringComparison.Ordinal))
            .Select(e => e.Description).ToArray();
        return email.Length > 0
            ? FieldErrors.For("email", email)
            : new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
    }
}
