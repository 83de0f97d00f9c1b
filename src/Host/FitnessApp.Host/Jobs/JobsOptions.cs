namespace FitnessApp.Host.Jobs;

/// <summary><c>Jobs:*</c> settings: the scheduler, retries, execution history and the platform's own jobs.</summary>
internal sealed class JobsOptions
{
    public const string Section = "Jobs";

    /// <summary>How many jobs one host runs at the same time.</summary>
    public int MaxConcurrency { get; set; } = 4;

    /// <summary>Retries after a failed run, for jobs whose type declares no <c>[RetryPolicy]</c> of its own.</summary>
    public int RetryAttempts { get; set; } = 3;

    /// <summary>The wait before the first retry; it doubles per attempt, up to <see cref="RetryMaxDelay"/>.</summary>
    public TimeSpan RetryFirstDelay { get; set; } = TimeSpan.FromSeconds(30);

    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>How long successful runs stay in the execution history.</summary>
    public TimeSpan HistoryRetention { get; set; } = TimeSpan.FromDays(7);

    /// <summary>How long failed runs stay in the execution history.</summary>
    public TimeSpan FailedHistoryRetention { get; set; } = TimeSpan.FromDays(30);

    /// <summary>The most history rows kept, oldest first out.</summary>
    public int HistoryMaxEntries { get; set; } = 5000;

    public TimeSpan OutboxSweepInterval { get; set; } = TimeSpan.FromSeconds(15);

    public TimeSpan CleanupInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>The SQLite file of the job store, under <c>Database:DataFolder</c> (SQLite provider only).</summary>
    public string SqliteFile { get; set; } = "jobs.db";

    /// <summary>The PostgreSQL schema that holds Quartz's tables, apart from every module's schema (Postgres provider only).</summary>
    public string PostgresSchema { get; set; } = "quartz";

    /// <summary>How often a clustered host records that it is alive (Postgres provider only).</summary>
    public TimeSpan ClusterCheckinInterval { get; set; } = TimeSpan.FromSeconds(15);
}
