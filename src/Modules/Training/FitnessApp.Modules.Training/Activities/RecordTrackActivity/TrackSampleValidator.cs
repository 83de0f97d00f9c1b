using FitnessApp.Modules.Training.Contracts.Tracks;
using FluentValidation;

namespace FitnessApp.Modules.Training.Activities.RecordTrackActivity;

/// <summary>
/// Physically possible values only; values that are possible but suspicious (GPS jumps, time disorder, duplicate
/// times) are left to the statistics engine, which handles them.
/// </summary>
internal sealed class TrackSampleValidator : AbstractValidator<TrackSample>
{
    public TrackSampleValidator(DateTimeOffset start)
    {
        RuleFor(s => s.Time).GreaterThanOrEqualTo(start).WithMessage("A sample must not precede the activity's start.");
        Range(s => s.Latitude, -90, 90);
        Range(s => s.Longitude, -180, 180);
        RuleFor(s => s.Longitude).NotNull().When(s => s.Latitude is not null).WithMessage("A position needs both latitude and longitude.");
        RuleFor(s => s.Latitude).NotNull().When(s => s.Longitude is not null).WithMessage("A position needs both latitude and longitude.");
        Range(s => s.Altitude, -500, 9_000);
        Range(s => s.Distance, 0, 1_000_000);
        Range(s => s.HeartRate, 0, 250);
        Range(s => s.Cadence, 0, 300);
        Range(s => s.Power, 0, 3_000);
        Range(s => s.Speed, 0, 100);
        Range(s => s.Temperature, -60, 70);
    }

    private void Range(System.Linq.Expressions.Expression<Func<TrackSample, double?>> channel, double min, double max) =>
        RuleFor(channel).Must(v => v is null || (double.IsFinite(v.Value) && v >= min && v <= max))
            .WithMessage($"{{PropertyName}} must be between {min} and {max}.");
}
