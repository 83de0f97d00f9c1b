using FitnessApp.Modules.Shared.Web;
using FitnessApp.Modules.Training.Contracts.Activities;
using FluentValidation;
using FluentValidation.Results;
using static FitnessApp.Modules.Devices.Samples.RecordSamples.SampleLimits;

namespace FitnessApp.Modules.Devices.Samples.RecordSamples;

/// <summary>
/// One pass over the batch (up to 5,000 items; a validator per item would cost more than storing them), failures named
/// <c>samples[i].field</c> (or <c>samples[i].heartRates[j].bpm</c>), at most <see cref="MaxFailures"/> of them.
/// </summary>
internal sealed class RecordSamplesValidator : AbstractValidator<RecordSamples>
{
    public const int MaxFailures = 50;

    public RecordSamplesValidator(TimeProvider clock)
    {
        RuleFor(r => r.Samples).NotNull()
            .Must(s => s is null || s.Count <= MaxBatch).WithMessage($"'samples' may hold at most {MaxBatch} items.");
        RuleFor(r => r.Samples).Custom((samples, context) =>
        {
            if (samples is not null)
            {
                new Pass(context, clock.GetUtcNow()).Run(samples);
            }
        });
    }

    private sealed class Pass(ValidationContext<RecordSamples> context, DateTimeOffset now)
    {
        private int failures;

        public void Run(IReadOnlyList<SampleInput> samples)
        {
            var heartRates = 0;
            for (var i = 0; i < samples.Count && failures < MaxFailures; i++)
            {
                var sample = samples[i];
                if (sample is null)
                {
                    Fail($"samples[{i}]", "An item must not be null.");
                    continue;
                }

                switch (sample.Type)
                {
                    case SampleTypes.Steps:
                        Interval(i, sample, MaxInterval);
                        Range(i, "count", sample.Count, 0, MaxStepsPerInterval, required: true);
                        break;
                    case SampleTypes.HeartRate:
                        Instant(i, "time", sample.Time, required: true);
                        Range(i, "bpm", sample.Bpm, MinHeartRate, MaxHeartRate, required: true);
                        break;
                    case SampleTypes.RestingHeartRate:
                        Instant(i, "time", sample.Time, required: true);
                        Range(i, "bpm", sample.Bpm, MinHeartRate, MaxRestingHeartRate, required: true);
                        break;
                    case SampleTypes.Sleep:
                        Interval(i, sample, MaxInterval);
                        if (sample.Stage is not null && !WireNames.IsValid<SleepStage>(sample.Stage))
                        {
                            Fail($"samples[{i}].stage", $"'stage' must be one of: {WireNames.Names<SleepStage>()}.");
                        }

                        break;
                    case SampleTypes.Weight:
                        Instant(i, "time", sample.Time, required: true);
                        Range(i, "kg", sample.Kg, MinWeightKg, MaxWeightKg, required: true);
                        break;
                    case SampleTypes.Workout:
                        heartRates += sample.HeartRates?.Count ?? 0;
                        Workout(i, sample);
                        break;
                    default:
                        Fail($"samples[{i}].type", $"'type' must be one of: {string.Join(", ", SampleTypes.All)}.");
                        break;
                }
            }

            if (heartRates > MaxWorkoutHeartRates)
            {
                Fail("samples", $"The workouts of one batch may hold at most {MaxWorkoutHeartRates} heart-rate samples in all.");
            }
        }

        private void Workout(int i, SampleInput sample)
        {
            Interval(i, sample, MaxWorkout);
            if (!WireNames.IsValid<Sport>(sample.Sport))
            {
                Fail($"samples[{i}].sport", $"'sport' must be one of: {WireNames.Names<Sport>()}.");
            }

            Range(i, "distanceMeters", sample.DistanceMeters, 0, MaxWorkoutDistanceMeters, required: false);
            Range(i, "calories", sample.Calories, 0, MaxWorkoutCalories, required: false);
            var points = sample.HeartRates ?? [];
            for (var j = 0; j < points.Count && failures < MaxFailures; j++)
            {
                var path = $"samples[{i}].heartRates[{j}]";
                if (points[j] is not { } point)
                {
                    Fail(path, "A heart-rate sample must not be null.");
                    continue;
                }

                if (point.Time is null || (sample.Start is { } start && sample.End is { } end && (point.Time < start || point.Time > end)))
                {
                    Fail($"{path}.time", "A workout's heart-rate sample needs a 'time' between the workout's start and end.");
                }

                if (point.Bpm is not { } bpm || !double.IsFinite(bpm) || bpm < MinHeartRate || bpm > MaxHeartRate)
                {
                    Fail($"{path}.bpm", $"'bpm' must be between {MinHeartRate} and {MaxHeartRate}.");
                }
            }
        }

        private void Interval(int i, SampleInput sample, TimeSpan longest)
        {
            var startValid = Instant(i, "start", sample.Start, required: true);
            var endValid = Instant(i, "end", sample.End, required: true);
            if (!startValid || !endValid)
            {
                return;
            }

            if (sample.End <= sample.Start)
            {
                Fail($"samples[{i}].end", "'end' must be after 'start'.");
            }
            else if (sample.End - sample.Start > longest)
            {
                Fail($"samples[{i}].end", $"The interval may last at most {longest.TotalHours:0} hours.");
            }
        }

        private bool Instant(int i, string field, DateTimeOffset? value, bool required)
        {
            var path = $"samples[{i}].{field}";
            if (value is not { } time)
            {
                if (required)
                {
                    Fail(path, $"'{field}' is required for this type.");
                }

                return false;
            }

            if (time < Earliest || time > now + MaxAhead)
            {
                Fail(path, $"'{field}' must be between {Earliest:yyyy-MM-dd} and a day from now.");
                return false;
            }

            return true;
        }

        private void Range(int i, string field, double? value, double min, double max, bool required)
        {
            if (value is not { } v)
            {
                if (required)
                {
                    Fail($"samples[{i}].{field}", $"'{field}' is required for this type.");
                }

                return;
            }

            if (!double.IsFinite(v) || v < min || v > max)
            {
                Fail($"samples[{i}].{field}", $"'{field}' must be between {min} and {max}.");
            }
        }

        private void Fail(string path, string message)
        {
            failures++;
            context.AddFailure(new ValidationFailure(path, message));
        }
    }
}
