namespace FitnessApp.Host.Jobs.Dashboard;

/// <summary>One stored job with its triggers.</summary>
internal sealed record JobView(string Group, string Name, string? Description, string JobType, IReadOnlyList<TriggerView> Triggers)
{
    public string Key => $"{Group}.{Name}";

    public bool IsPaused => Triggers.Count > 0 && Triggers.All(t => t.IsPaused);

    public DateTimeOffset? NextFireTime => Triggers.Min(t => t.NextFireTime);

    public DateTimeOffset? PreviousFireTime => Triggers.Max(t => t.PreviousFireTime);
}
