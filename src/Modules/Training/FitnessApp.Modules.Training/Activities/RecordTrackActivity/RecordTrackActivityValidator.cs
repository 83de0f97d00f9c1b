using FitnessApp.Modules.Training.Contracts.Tracks;
using FitnessApp.Modules.Training.Domain;
using FluentValidation;

namespace FitnessApp.Modules.Training.Activities.RecordTrackActivity;

internal sealed class RecordTrackActivityValidator : AbstractValidator<Contracts.Tracks.RecordTrackActivity>
{
    public const int MinSamples = 2;

    /// <summary>Two days at 1 Hz.</summary>
    public const int MaxSamples = 172_800;

    public static readonly TimeSpan MaxStartAhead = TimeSpan.FromDays(1);

    public RecordTrackActivityValidator(TimeProvider clock)
    {
        RuleFor(r => r.AthleteId).NotEmpty();
        RuleFor(r => r.Sport).IsInEnum();
        RuleFor(r => r.Visibility).IsInEnum();
        RuleFor(r => r.Title).MaximumLength(Activity.TitleMaxLength);
        RuleFor(r => r.StartTime).Must(start => start <= clock.GetUtcNow() + MaxStartAhead)
            .WithMessage("'startTime' must not be more than a day in the future.");
        RuleFor(r => r.TimeZone).NotEmpty().MaximumLength(Activity.TimeZoneMaxLength)
            .Must(id => id is null || TimeZoneInfo.TryFindSystemTimeZoneById(id, out _))
            .WithMessage("'timeZone' must be a known IANA time zone id, e.g. Europe/Berlin.");
        RuleFor(r => r.DeviceCalories).Must(v => v is null || (double.IsFinite(v.Value) && v >= 0))
            .WithMessage("'deviceCalories' must be a number ≥ 0.");
        RuleFor(r => r.DeviceDistanceMeters).Must(v => v is null || (double.IsFinite(v.Value) && v >= 0))
            .WithMessage("'deviceDistanceMeters' must be a number ≥ 0.");
        RuleFor(r => r.Samples).NotNull().Must(s => s is null || s.Count is >= MinSamples and <= MaxSamples)
            .WithMessage($"'samples' must hold between {MinSamples} and {MaxSamples} samples.");
        RuleFor(r => r.Samples).Custom((samples, context) => TrackSampleValidator.Validate(samples, context.InstanceToValidate.StartTime, context));
        RuleForEach(r => r.Pauses).Must(p => p.End > p.Start).WithMessage("A pause must end after it starts.");
    }
}
