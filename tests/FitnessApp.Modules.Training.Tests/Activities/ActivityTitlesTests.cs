using FitnessApp.Modules.Training.Contracts.Activities;
using FitnessApp.Modules.Training.Domain;

namespace FitnessApp.Modules.Training.Tests.Activities;

public sealed class ActivityTitlesTests
{
    [Theory]
    [InlineData(Sport.Running, 6, "Morning Run")]
    [InlineData(Sport.Cycling, 13, "Afternoon Ride")]
    [InlineData(Sport.Strength, 18, "Evening Strength Workout")]
    [InlineData(Sport.Hiking, 23, "Night Hike")]
    [InlineData(Sport.Yoga, 4, "Night Yoga")]
    public void Given_a_sport_and_a_local_start_When_no_title_is_given_Then_it_reads_like_Strava(Sport sport, int hour, string title) =>
        ActivityTitles.Default(sport, new DateTime(2026, 5, 1, hour, 0, 0)).ShouldBe(title);
}
