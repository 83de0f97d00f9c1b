using FitnessApp.Modules.Training.Contracts.Activities;
using FitnessApp.Modules.Training.Statistics;

namespace FitnessApp.Modules.Training.Domain;

/// <summary>A workout of one athlete. <see cref="StartTime"/> is UTC; <see cref="TimeZone"/> is where it happened (IANA id).</summary>
internal sealed class Activity
{
    public const int TitleMaxLength = 200;
    public const int NotesMaxLength = 5000;
    public const int TimeZoneMaxLength = 100;
    public const int DeviceNameMaxLength = 100;

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid OwnerId { get; init; }

    public Sport Sport { get; set; }

    public required string Title { get; set; }

    public string? Notes { get; set; }

    public DateTime StartTime { get; init; }

    public required string TimeZone { get; init; }

    public int ElapsedSeconds { get; init; }

    public int MovingSeconds { get; init; }

    public double? DistanceMeters { get; init; }

    public double? ElevationGainMeters { get; init; }

    public int? AverageHeartRate { get; init; }

    public int? MaxHeartRate { get; init; }

    public int? Calories { get; init; }

    public int? PerceivedEffort { get; init; }

    public Visibility Visibility { get; set; }

    public Guid? GearId { get; set; }

    public ActivitySource Source { get; init; }

    /// <summary>The start's calendar date in <see cref="TimeZone"/>: what periods, streaks and daily loads group by.</summary>
    public DateOnly LocalDate { get; init; }

    /// <summary>Banister TRIMP units (see docs/adr/0009-training-load.md); null only for rows older than the column.</summary>
    public double? TrainingLoad { get; init; }

    public TrainingLoadMethod? TrainingLoadMethod { get; init; }

    /// <summary>The recording device's name, for activities from a track.</summary>
    public string? DeviceName { get; init; }

    /// <summary>Only the owner may ever see it (a provider's terms for activities synced from it): always private.</summary>
    public bool OwnerOnly { get; init; }

    public DateTime CreatedAt { get; init; }

    public DateTime UpdatedAt { get; set; }

    public List<StrengthExercise> Exercises { get; init; } = [];

    /// <summary>Σ reps × weight over every set, in kg; 0 without exercises.</summary>
    public double TotalVolumeKg => Exercises.Sum(e => e.Volume);

    /// <summary>The start as the athlete's wall clock showed it.</summary>
    public DateTime LocalStartTime => TimeZoneInfo.ConvertTimeFromUtc(StartTime, TimeZoneInfo.FindSystemTimeZoneById(TimeZone));

    public bool IsVisibleTo(Guid? viewerId) => viewerId == OwnerId || Visibility == Visibility.Public;
}
