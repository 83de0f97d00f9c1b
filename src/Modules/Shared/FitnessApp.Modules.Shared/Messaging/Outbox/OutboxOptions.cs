namespace FitnessApp.Modules.Shared.Messaging.Outbox;

/// <summary><c>Outbox:*</c> settings.</summary>
public sealed class OutboxOptions
{
    public const string Section = "Outbox";

    /// <summary>Messages claimed per module per round.</summary>
    public int BatchSize { get; set; } = 100;

    /// <summary>How long a claimed message stays reserved for one dispatcher before another host may take it.</summary>
    public TimeSpan ClaimDuration { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>First retry delay; it doubles per failed attempt, up to <see cref="MaxRetryDelay"/>.</summary>
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromSeconds(5);

    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Processed outbox rows, inbox rows and expired idempotency keys older than this are deleted by the cleanup job.</summary>
    public TimeSpan Retention { get; set; } = TimeSpan.FromDays(7);

    public TimeSpan RetryDelayAfter(int attempts)
    {
        var exponent = Math.Min(attempts - 1, 20);
        var delay = FirstRetryDelay * Math.Pow(2, Math.Max(0, exponent));
        return delay < MaxRetryDelay ? delay : MaxRetryDelay;
    }
}
