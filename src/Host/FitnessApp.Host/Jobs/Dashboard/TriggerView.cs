using Quartz;

namespace FitnessApp.Host.Jobs.Dashboard;

/// <summary>One trigger of a job as the dashboard lists it.</summary>
internal sealed record TriggerView(
    string Group,
    string Name,
    string Schedule,
    TriggerState State,
    DateTimeOffset? NextFireTime,
    DateTimeOffset? PreviousFireTime,
    string? PausedBy,
    DateTimeOffset? PausedAt)
{
    public bool IsPaused => State == TriggerState.Paused;
}
