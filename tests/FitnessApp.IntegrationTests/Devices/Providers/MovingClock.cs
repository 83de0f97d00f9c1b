namespace FitnessApp.IntegrationTests.Devices.Providers;

/// <summary>
/// The real clock plus an offset the test can jump forward. Unlike a frozen clock, time keeps passing, which Quartz (it
/// runs on the host's <see cref="TimeProvider"/>) needs for a retry scheduled a few seconds ahead to come due.
/// </summary>
public sealed class MovingClock : TimeProvider
{
    private long _offsetTicks;

    public override DateTimeOffset GetUtcNow() => DateTimeOffset.UtcNow.AddTicks(Interlocked.Read(ref _offsetTicks));

    public void Advance(TimeSpan by) => Interlocked.Add(ref _offsetTicks, by.Ticks);
}
