namespace FitnessApp.Host.Jobs.Dashboard;

/// <summary>A firing in progress on any host of the cluster.</summary>
internal sealed record RunningJobView(string FireInstanceId, string Job, string Trigger, string Node, DateTimeOffset StartedAt, int? Progress, string? ProgressMessage);
