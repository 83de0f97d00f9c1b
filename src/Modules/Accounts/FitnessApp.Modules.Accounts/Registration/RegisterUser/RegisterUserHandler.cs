using FitnessApp.Modules.Accounts.Contracts.Users;
using FitnessApp.Modules.Accounts.Data;
using FitnessApp.Modules.Accounts.Domain;
using FitnessApp.Modules.Shared.Data;
using FitnessApp.Modules.Shared.Errors;
using FitnessApp.Modules.Shared.Messaging.Outbox;
using FitnessApp.Modules.Shared.Security;
using MediatR;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Accounts.Registration.RegisterUser;

internal sealed class RegisterUserHandler(UserManager<User> users, AccountsDbContext db, TimeProvider clock)
    : IRequestHandler<RegisterUser, RegisteredUser>
{
    public async Task<RegisteredUser> Handle(RegisterUser request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var email = request.Email.Trim();
        var user = new User { UserName = email, Email = email, DisplayName = request.DisplayName.Trim(), CreatedAt = now };
        IdentityResult created;
        try
        {
            created = await users.CreateAsync(user, request.Password);
        }
        catch (DbUpdateException exception) when (exception.IsUniqueViolation())
        {
            // Another registration of the same email committed between Identity's check and this insert.
            throw DuplicateEmail();
        }

        if (!created.Succeeded)
        {
            throw ToException(created);
        }

        var role = await users.AddToRoleAsync(user, PlatformRoles.Athlete);
        if (!role.Succeeded)
        {
            throw new InvalidOperationException($"Could not give the athlete role: {string.Join(" ", role.Errors.Select(e => e.Description))}");
        }

        db.AddIntegrationEvent(new UserRegistered(user.Id, email, user.DisplayName), now);
        return new RegisteredUser(user.Id, email, user.DisplayName);
    }

    private static ConflictException DuplicateEmail() => new("An account with this email already exists.");

    private static Exception ToException(IdentityResult result)
    {
        if (result.Errors.Any(e => e.Code is nameof(IdentityErrorDescriber.DuplicateEmail) or nameof(IdentityErrorDescriber.DuplicateUserName)))
        {
            return DuplicateEmail();
        }

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
