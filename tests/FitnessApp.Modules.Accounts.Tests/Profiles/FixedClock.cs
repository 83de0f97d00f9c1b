namespace FitnessApp.Modules.Accounts.Tests.Profiles;

internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
