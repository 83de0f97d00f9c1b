namespace FitnessApp.Modules.Shared.Jobs;

/// <summary>
/// When a registered job fires: at a fixed interval, on a cron expression (Quartz syntax, UTC), or only when
/// something enqueues it (<see cref="OnDemand"/>, through <see cref="IJobQueue"/>).
/// </summary>
public sealed record JobSchedule
{
    private JobSchedule(TimeSpan? interval, string? cronExpression)
    {
        Interval = interval;
        CronExpression = cronExpression;
    }

    public TimeSpan? Interval { get; }

    public string? CronExpression { get; }

    /// <summary>No trigger of its own: it runs once per <see cref="IJobQueue.EnqueueAsync{TJob}"/> call.</summary>
    public bool IsOnDemand => Interval is null && CronExpression is null;

    public static JobSchedule OnDemand { get; } = new(null, null);

    public static JobSchedule Every(TimeSpan interval) =>
        interval > TimeSpan.Zero
            ? new JobSchedule(interval, null)
            : throw new ArgumentOutOfRangeException(nameof(interval), interval, "A job's interval must be positive.");

    public static JobSchedule Cron(string expression) =>
        Quartz.CronExpression.TryParse(expression, out _)
            ? new JobSchedule(null, expression)
            : throw new ArgumentException($"'{expression}' is not a valid cron expression.", nameof(expression));

    public override string ToString() =>
        Interval is { } interval ? $"every {interval:c}" : CronExpression is { } cron ? $"cron {cron}" : "on demand";
}
