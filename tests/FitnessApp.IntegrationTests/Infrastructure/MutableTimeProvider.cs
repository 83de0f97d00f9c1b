namespace FitnessApp.IntegrationTests.Infrastructure;

/// <summary>A clock the test moves by hand (the testing TimeProvider package does not restore here).</summary>
public sealed class MutableTimeProvider(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}
