using Quartz;

namespace FitnessApp.Host.Jobs.Dashboard;

/// <summary>One finished run from the execution history.</summary>
internal sealed record ExecutionView(
    string EntryId,
    string JobGroup,
    string JobName,
    string Trigger,
    string Node,
    DateTimeOffset FiredAt,
    TimeSpan Duration,
    JobRunResult Result,
    int RetryAttempt,
    bool RetryScheduled,
    bool Manual,
    string? Exception)
{
    public string Job => $"{JobGroup}.{JobName}";

    public bool Failed => Result == JobRunResult.Failed;

    /// <summary>A failure that was the occurrence's last word: no retry is coming, so an operator may run it again.</summary>
    public bool CanRerun => Failed && !RetryScheduled;
}
