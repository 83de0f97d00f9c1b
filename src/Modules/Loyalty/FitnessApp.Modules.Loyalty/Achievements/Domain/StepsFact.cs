namespace FitnessApp.Modules.Loyalty.Achievements.Domain;

/// <summary>An athlete's step total for one local day (the latest Devices reported).</summary>
internal sealed class StepsFact
{
    public Guid AthleteId { get; init; }

    public DateOnly Date { get; init; }

    public int Steps { get; set; }
}
