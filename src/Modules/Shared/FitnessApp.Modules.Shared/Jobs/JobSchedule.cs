namespace FitnessApp.Modules.Shared.Jobs;

/// <summary>When a registered job fires: at a fixed interval, or on a cron expression (Quartz syntax, UTC).</summary>
public sealed record JobSchedule
{
    private JobSchedule(TimeSpan? interval, string? cronExpression)
    {
        Interval = interval;
        CronExpression = cronExpression;
    }

    public TimeSpan? Interval { get; }

    public string? CronExpression { get; }

    public static JobSchedule Every(TimeSpan interval) =>
        interval > TimeSpan.Zero
            ? new JobSchedule(interval, null)
            : throw new ArgumentOutOfRangeException(nameof(interval), interval, "A job's interval must be positive.");

    public static JobSchedule Cron(string expression) =>
        Quartz.CronExpression.TryParse(expression, out _)
            ? new JobSchedule(null, expression)
            : throw new ArgumentException($"'{expression}' is not a valid cron expression.", nameof(expression));

    public override string ToString() => Interval is { } interval ? $"every {interval:c}" : $"cron {CronExpression}";
}
