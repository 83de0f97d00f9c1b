using FitnessApp.Host.Startup;

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

    /// <summary>Stops the host with a message naming the setting, rather than an exception from deep inside Quartz.</summary>
    public JobsOptions Validated()
    {
        Require(MaxConcurrency >= 1, nameof(MaxConcurrency), MaxConcurrency, "at least 1");
        Require(RetryAttempts >= 1, nameof(RetryAttempts), RetryAttempts, "at least 1");
        Require(RetryFirstDelay >= TimeSpan.Zero, nameof(RetryFirstDelay), RetryFirstDelay, "not negative");
        Require(RetryMaxDelay >= RetryFirstDelay, nameof(RetryMaxDelay), RetryMaxDelay, $"at least {Section}:{nameof(RetryFirstDelay)}");
        Require(HistoryRetention > TimeSpan.Zero, nameof(HistoryRetention), HistoryRetention, "positive");
        Require(FailedHistoryRetention > TimeSpan.Zero, nameof(FailedHistoryRetention), FailedHistoryRetention, "positive");
        Require(HistoryMaxEntries >= 0, nameof(HistoryMaxEntries), HistoryMaxEntries, "0 (no history) or more");
        Require(OutboxSweepInterval > TimeSpan.Zero, nameof(OutboxSweepInterval), OutboxSweepInterval, "positive");
        Require(CleanupInterval > TimeSpan.Zero, nameof(CleanupInterval), CleanupInterval, "positive");
        Require(!string.IsNullOrWhiteSpace(SqliteFile), nameof(SqliteFile), SqliteFile, "a file name");
        Require(PostgresSchema.Length > 0 && PostgresSchema.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '_'),
            nameof(PostgresSchema), PostgresSchema, "a schema name of lower-case letters, digits and underscores");
        Require(ClusterCheckinInterval > TimeSpan.Zero, nameof(ClusterCheckinInterval), ClusterCheckinInterval, "positive");
        return this;
    }

    private static void Require(bool condition, string key, object? value, string expectation)
    {
        if (!condition)
        {
            throw new ModuleConfigurationException($"{Section}:{key} is '{value}'; it must be {expectation}.");
        }
    }
}
