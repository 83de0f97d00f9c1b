using FitnessApp.Modules.Training.Activities.RecordTrackActivity;
using FitnessApp.Modules.Training.Contracts.Activities;
using FitnessApp.Modules.Training.Contracts.Tracks;

namespace FitnessApp.Modules.Training.Tests.Activities;

public sealed class TrackSampleValidatorTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 20, 7, 0, 0, TimeSpan.Zero);
    private readonly RecordTrackActivityValidator _validator = new(new FixedClock(Start.AddHours(3)));

    private static Contracts.Tracks.RecordTrackActivity Track(params TrackSample[] samples) =>
        new(Guid.CreateVersion7(), Sport.Running, Start, "Europe/Berlin", samples);

    private static TrackSample Sample(int second) => new(Start.AddSeconds(second), 52.5, 13.4, 40, null, 140, 170, null, 3, 12);

    [Fact]
    public void Given_plausible_samples_When_validating_Then_they_pass() =>
        _validator.Validate(Track(Sample(0), Sample(1), Sample(2))).IsValid.ShouldBeTrue();

    [Theory]
    [InlineData("samples[1].heartRate")]
    [InlineData("samples[1].latitude")]
    [InlineData("samples[1].longitude")]
    [InlineData("samples[1].altitude")]
    [InlineData("samples[1].cadence")]
    [InlineData("samples[1].power")]
    [InlineData("samples[1].speed")]
    [InlineData("samples[1].temperature")]
    [InlineData("samples[1].distance")]
    [InlineData("samples[1].time")]
    public void Given_one_impossible_value_When_validating_Then_exactly_that_field_of_that_sample_is_named(string field)
    {
        var bad = field.Split('.')[1] switch
        {
            "heartRate" => Sample(1) with { HeartRate = 251 },
            "latitude" => Sample(1) with { Latitude = 90.5 },
            "longitude" => Sample(1) with { Longitude = double.NaN },
            "altitude" => Sample(1) with { Altitude = 9_001 },
            "cadence" => Sample(1) with { Cadence = -1 },
            "power" => Sample(1) with { Power = 3_001 },
            "speed" => Sample(1) with { Speed = 100.5 },
            "temperature" => Sample(1) with { Temperature = double.PositiveInfinity },
            "distance" => Sample(1) with { Distance = -0.5 },
            _ => Sample(1) with { Time = Start.AddSeconds(-1) },
        };

        var result = _validator.Validate(Track(Sample(0), bad, Sample(2)));

        result.Errors.Select(e => e.PropertyName).ShouldBe([field]);
    }

    [Fact]
    public void Given_a_latitude_without_longitude_When_validating_Then_the_missing_half_is_named() =>
        _validator.Validate(Track(Sample(0), Sample(1) with { Longitude = null }))
            .Errors.Select(e => e.PropertyName).ShouldBe(["samples[1].longitude"]);

    [Fact]
    public void Given_a_track_broken_in_every_sample_When_validating_Then_the_answer_stops_at_the_failure_limit()
    {
        var samples = Enumerable.Range(0, 1_000).Select(i => Sample(i) with { HeartRate = 400 }).ToArray();

        var result = _validator.Validate(Track(samples));

        result.Errors.Count.ShouldBe(TrackSampleValidator.MaxFailures);
        result.Errors[^1].PropertyName.ShouldBe($"samples[{TrackSampleValidator.MaxFailures - 1}].heartRate");
    }
}
