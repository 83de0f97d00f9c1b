using FitnessApp.Modules.Training.Contracts.Activities;

namespace FitnessApp.Modules.Loyalty.Earning;

/// <summary>Activities of <see cref="Sport"/> (or every sport) started in [StartsAt, EndsAt) earn <see cref="Multiplier"/> times the points.</summary>
internal sealed class BonusCampaign
{
    public const int NameMaxLength = 100;
    public const double MaxMultiplier = 10;

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public required string Name { get; set; }

    /// <summary>Null: every sport.</summary>
    public Sport? Sport { get; set; }

    public double Multiplier { get; set; }

    public DateTime StartsAt { get; set; }

    public DateTime EndsAt { get; set; }

    public DateTime CreatedAt { get; init; }

    public bool Overlaps(Sport? sport, DateTime startsAt, DateTime endsAt) =>
        (Sport is null || sport is null || Sport == sport) && StartsAt < endsAt && startsAt < EndsAt;
}
