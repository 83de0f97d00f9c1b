using FitnessApp.Modules.Shared.Web;
using FitnessApp.Modules.Training.Contracts.Activities;
using FitnessApp.Modules.Training.Domain;
using FluentValidation;

namespace FitnessApp.Modules.Training.Activities.RecordActivity;

internal sealed class RecordActivityValidator : AbstractValidator<RecordActivity>
{
    public const int MaxElapsedSeconds = 7 * 24 * 3600;
    public const int MinHeartRate = 20;
    public const int MaxHeartRate = 250;
    public static readonly TimeSpan MaxStartAhead = TimeSpan.FromDays(1);

    public RecordActivityValidator(TimeProvider clock)
    {
        RuleFor(r => r.Sport).NotEmpty().Must(WireNames.IsValid<Sport>)
            .WithMessage($"'sport' must be one of: {WireNames.Names<Sport>()}.");
        RuleFor(r => r.Title).MaximumLength(Activity.TitleMaxLength);
        RuleFor(r => r.Notes).MaximumLength(Activity.NotesMaxLength);
        RuleFor(r => r.StartTime).NotNull()
            .Must(start => start is null || start <= clock.GetUtcNow() + MaxStartAhead)
            .WithMessage("'startTime' must not be more than a day in the future.");
        RuleFor(r => r.TimeZone).NotEmpty().MaximumLength(Activity.TimeZoneMaxLength)
            .Must(id => id is null || TimeZoneInfo.TryFindSystemTimeZoneById(id, out _))
            .WithMessage("'timeZone' must be a known IANA time zone id, e.g. Europe/Berlin.");
        RuleFor(r => r.ElapsedSeconds).NotNull().GreaterThan(0).LessThanOrEqualTo(MaxElapsedSeconds);
        RuleFor(r => r.MovingSeconds).GreaterThanOrEqualTo(0)
            .Must((r, moving) => moving is null || r.ElapsedSeconds is null || moving <= r.ElapsedSeconds)
            .WithMessage("'movingSeconds' must not exceed 'elapsedSeconds'.");
        RuleFor(r => r.DistanceMeters).GreaterThanOrEqualTo(0)
            .Must((r, distance) => distance is null || !WireNames.TryParse<Sport>(r.Sport, out var sport) || SportRules.For(sport).HasDistance)
            .WithMessage(r => $"'distanceMeters' does not apply to {r.Sport}; leave it out.");
        RuleFor(r => r.ElevationGainMeters).GreaterThanOrEqualTo(0);
        RuleFor(r => r.AverageHeartRate).InclusiveBetween(MinHeartRate, MaxHeartRate);
        RuleFor(r => r.MaxHeartRate).InclusiveBetween(MinHeartRate, MaxHeartRate)
            .Must((r, max) => max is null || r.AverageHeartRate is null || max >= r.AverageHeartRate)
            .WithMessage("'maxHeartRate' must not be below 'averageHeartRate'.");
        RuleFor(r => r.Calories).GreaterThanOrEqualTo(0);
        RuleFor(r => r.PerceivedEffort).InclusiveBetween(1, 10);
        RuleFor(r => r.Visibility).Must(v => v is null || WireNames.IsValid<Visibility>(v))
            .WithMessage($"'visibility' must be one of: {WireNames.Names<Visibility>()}.");
        RuleFor(r => r.Exercises)
            .Must((r, exercises) => exercises is null || exercises.Count == 0 || r.Sport is null || WireNames.TryParse<Sport>(r.Sport, out var sport) && sport == Sport.Strength)
            .WithMessage("'exercises' apply to strength workouts only.");
        RuleFor(r => r.Exercises).Must(exercises => exercises is null || exercises.Count <= ExerciseInputValidator.MaxExercises)
            .WithMessage($"'exercises' may hold at most {ExerciseInputValidator.MaxExercises} exercises.");
        RuleForEach(r => r.Exercises).NotNull().WithMessage("'exercises' must not contain null.")
            .SetValidator(new ExerciseInputValidator());
    }
}
