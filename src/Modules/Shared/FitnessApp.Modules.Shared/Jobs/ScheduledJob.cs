namespace FitnessApp.Modules.Shared.Jobs;

/// <summary>
/// A job a module asked the host to run on a schedule. The job's key is <c>Group.Name</c>; its trigger
/// has the same key. How a failed run is retried is the job type's own <c>[RetryPolicy]</c>, or the
/// host's default (<c>Jobs:Retry:*</c>).
/// </summary>
public sealed record ScheduledJob(Type JobType, string Group, string Name, JobSchedule Schedule, string Description);
