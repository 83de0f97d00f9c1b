using FitnessApp.Modules.Accounts.Contracts.Security;
using FitnessApp.Modules.Accounts.Contracts.Users;
using FitnessApp.Modules.Accounts.Data;
using FitnessApp.Modules.Accounts.Domain;
using FitnessApp.Modules.Accounts.Security.Audit;
using FitnessApp.Modules.Shared.Errors;
using FitnessApp.Modules.Shared.Messaging.Outbox;
using FitnessApp.Modules.Shared.Modules;
using FitnessApp.Modules.Shared.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FitnessApp.Modules.Accounts.Identity;

/// <summary>Creates the roles and, when <c>Accounts:Bootstrap:AdminEmail</c> and <c>AdminPassword</c> are set, the first admin.</summary>
internal sealed class IdentityBootstrapTask(
    RoleManager<Role> roles,
    UserManager<User> users,
    AccountsDbContext db,
    IOptions<AccountsOptions> options,
    TimeProvider clock,
    AuditTrail audit,
    ILogger<IdentityBootstrapTask> logger) : IStartupTask
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        foreach (var name in PlatformRoles.All)
        {
            if (!await roles.RoleExistsAsync(name))
            {
                EnsureSucceeded(await roles.CreateAsync(new Role(name)), $"create role {name}");
            }
        }

        var bootstrap = options.Value.Bootstrap;
        if (string.IsNullOrWhiteSpace(bootstrap.AdminEmail) || string.IsNullOrWhiteSpace(bootstrap.AdminPassword))
        {
            return;
        }

        var admin = await users.FindByEmailAsync(bootstrap.AdminEmail);
        if (admin is not null && !await users.CheckPasswordAsync(admin, bootstrap.AdminPassword))
        {
            // Anyone may register any email: an existing account becomes admin only if it proves it is the configured one.
            throw new StartupConfigurationException(
                $"Accounts:Bootstrap:AdminEmail is '{bootstrap.AdminEmail}', which belongs to an existing account whose password is not Accounts:Bootstrap:AdminPassword. Refusing to make it an admin: use another email, or that account's password.");
        }

        if (admin is null)
        {
            admin = new User
            {
                UserName = bootstrap.AdminEmail,
                Email = bootstrap.AdminEmail,
                EmailConfirmed = true,
                DisplayName = "Administrator",
                CreatedAt = clock.GetUtcNow().UtcDateTime,
            };
            var created = await users.CreateAsync(admin, bootstrap.AdminPassword);
            if (!created.Succeeded)
            {
                throw new StartupConfigurationException(
                    $"Accounts:Bootstrap:AdminPassword is not accepted for {bootstrap.AdminEmail}: {string.Join(" ", created.Errors.Select(e => e.Description))}");
            }

            db.AddIntegrationEvent(new UserRegistered(admin.Id, admin.Email, admin.DisplayName), clock.GetUtcNow().UtcDateTime);
            await db.SaveChangesAsync(cancellationToken);
            logger.LogInformation("Created the bootstrap admin {Email}", bootstrap.AdminEmail);
        }

        foreach (var role in PlatformRoles.All)
        {
            if (!await users.IsInRoleAsync(admin, role))
            {
                audit.Add(SecurityEventKind.RoleGranted, admin, $"{role} (Accounts:Bootstrap)");
                EnsureSucceeded(await users.AddToRoleAsync(admin, role), $"give {role} to the bootstrap admin");
            }
        }
    }

    private static void EnsureSucceeded(IdentityResult result, string what)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Could not {what}: {string.Join(" ", result.Errors.Select(e => e.Description))}");
        }
    }
}
