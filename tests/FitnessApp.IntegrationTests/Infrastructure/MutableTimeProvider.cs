namespace FitnessApp.IntegrationTests.Infrastructure;

/// <summary>A clock the test moves by hand (the testing TimeProvider package does not restore here). Thread-safe.</summary>
public sealed class MutableTimeProvider(DateTimeOffset start) : TimeProvider
{
    private readonly Lock _lock = new();
    private DateTimeOffset _now = start;

    /// <summary>A clock starting at the real current time (tokens and lockouts stay realistic).</summary>
    public MutableTimeProvider()
        : this(DateTimeOffset.UtcNow)
    {
    }

    public override DateTimeOffset GetUtcNow()
    {
        lock (_lock)
        {
            return _now;
        }
    }

    public void Advance(TimeSpan by)
    {
        lock (_lock)
        {
            _now += by;
        }
    }
}
