using FitnessApp.Modules.Accounts.Avatars;
using FitnessApp.Modules.Accounts.Contracts.Users;
using FitnessApp.Modules.Accounts.Data;
using FitnessApp.Modules.Accounts.Domain;
using FitnessApp.Modules.Shared.Demo;
using FitnessApp.Modules.Shared.Imaging;
using FitnessApp.Modules.Shared.Messaging.Outbox;
using FitnessApp.Modules.Shared.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace FitnessApp.Modules.Accounts.Demo;

/// <summary>
/// Demo athletes with one known password and an operator with another (printed in the log and the README), each with
/// a complete profile and a generated avatar. Refuses to run when the
/// database already has real (non-demo, non-admin) users, unless <c>Demo:Force=true</c>.
/// </summary>
internal sealed class AccountsDemoSeeder(
    UserManager<User> users,
    AccountsDbContext db,
    IConfiguration configuration,
    TimeProvider clock,
    AvatarStore avatars,
    ILogger<AccountsDemoSeeder> logger) : IDemoSeeder
{
    public const string Password = "demo-athlete-2026";
    public const string OperatorEmail = "operator@demo.fitnessapp.local";
    public const string OperatorPassword = "demo-operator-2026";

    private static readonly (string Email, string Name)[] Athletes =
    [
        ("anna@demo.fitnessapp.local", "Anna Petrova"),
        ("mark@demo.fitnessapp.local", "Mark Jensen"),
        ("lena@demo.fitnessapp.local", "Lena Schmidt"),
        ("ivan@demo.fitnessapp.local", "Ivan Sokolov"),
        ("sofia@demo.fitnessapp.local", "Sofia Rossi"),
        ("tom@demo.fitnessapp.local", "Tom Walker"),
    ];

    public async Task SeedAsync(DemoSeedContext context, CancellationToken cancellationToken)
    {
        var demoEmails = Athletes.Select(a => a.Email).ToList();
        var existing = await db.Users.CountAsync(u => u.IsDemo && demoEmails.Contains(u.Email!), cancellationToken);
        var adminEmail = configuration["Accounts:Bootstrap:AdminEmail"];
        var realUsers = await db.Users.CountAsync(u => !u.IsDemo && u.Email != adminEmail, cancellationToken);
        if (existing < Athletes.Length && realUsers > 0 && !configuration.GetValue<bool>(DemoSeeding.ForceKey))
        {
            logger.LogWarning("Demo data not seeded: the database has {Count} real user(s). Set Demo:Force=true to seed anyway", realUsers);
            return;
        }

        foreach (var (email, name) in Athletes)
        {
            var user = await users.FindByEmailAsync(email) ?? await CreateAsync(email, name, Password, PlatformRoles.Athlete, cancellationToken);
            await EnsureAvatarAsync(user, cancellationToken);
            context.Athletes.Add(new DemoAthlete(user.Id, email, user.DisplayName));
        }

        var support = await users.FindByEmailAsync(OperatorEmail)
            ?? await CreateAsync(OperatorEmail, "Olga Support", OperatorPassword, PlatformRoles.Operator, cancellationToken);
        await EnsureAvatarAsync(support, cancellationToken);
        logger.LogInformation("Demo athletes: {Emails}, password '{Password}'", string.Join(", ", Athletes.Select(a => a.Email)), Password);
        logger.LogInformation("Demo operator: {Email}, password '{Password}'", OperatorEmail, OperatorPassword);
    }

    private async Task<User> CreateAsync(string email, string name, string password, string role, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var user = new User { UserName = email, Email = email, EmailConfirmed = true, DisplayName = name, CreatedAt = now, IsDemo = true };
        (user.HealthDataConsent, user.HealthDataConsentChangedAt, user.AcceptedTermsVersion, user.TermsAcceptedAt) = (true, now, configuration["Accounts:Legal:TermsVersion"] ?? Legal.LegalOptions.DefaultTermsVersion, now);
        DemoProfiles.Apply(user);
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            throw new InvalidOperationException($"Demo account {email}: {string.Join(" ", created.Errors.Select(e => e.Description))}");
        }

        await users.AddToRoleAsync(user, role);
        db.AddIntegrationEvent(new UserRegistered(user.Id, email, name), now);
        await db.SaveChangesAsync(cancellationToken);
        return user;
    }

    /// <summary>Initials on a colour, through the same crop and re-encode as an upload; kept when the athlete already has one.</summary>
    private async Task EnsureAvatarAsync(User user, CancellationToken cancellationToken)
    {
        // Without libgd3 (README) the demo accounts show their initials instead.
        if (user.AvatarVersion is not null || !GdImage.IsAvailable)
        {
            return;
        }

        var tracked = await db.Users.SingleAsync(u => u.Id == user.Id, cancellationToken);
        await avatars.ReplaceAsync(tracked, DemoAvatars.Draw(tracked.DisplayName), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        user.AvatarVersion = tracked.AvatarVersion;
    }
}
