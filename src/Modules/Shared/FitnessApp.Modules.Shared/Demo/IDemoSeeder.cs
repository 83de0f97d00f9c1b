namespace FitnessApp.Modules.Shared.Demo;

/// <summary>
/// A module's demo content. With <c>Demo:Enabled=true</c> the host runs every enabled module's seeder
/// once at startup, in module order; a seeder must be idempotent (it checks what it already created).
/// </summary>
public interface IDemoSeeder
{
    Task SeedAsync(DemoSeedContext context, CancellationToken cancellationToken);
}

/// <summary>What seeders share: the demo athletes created by Accounts, for other modules to fill with content.</summary>
public sealed class DemoSeedContext
{
    public List<DemoAthlete> Athletes { get; } = [];
}

public sealed record DemoAthlete(Guid UserId, string Email, string DisplayName);
