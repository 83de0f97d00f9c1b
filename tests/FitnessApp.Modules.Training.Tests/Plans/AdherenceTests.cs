using FitnessApp.Modules.Training.Plans.Domain;

namespace FitnessApp.Modules.Training.Tests.Plans;

public sealed class AdherenceTests
{
    private static readonly DateOnly Today = new(2026, 11, 21);

    [Theory]
    [InlineData(3, 0, 100)]
    [InlineData(0, 3, 0)]
    [InlineData(2, 1, 67)]
    [InlineData(1, 2, 33)]
    [InlineData(1, 7, 13)]
    [InlineData(1, 1, 50)]
    public void Given_done_and_missed_workouts_When_computing_adherence_Then_it_is_the_rounded_share_done(int done, int missed, int percent) =>
        Adherence.Percent(done, missed).ShouldBe(percent);

    [Fact]
    public void Given_nothing_done_or_missed_When_computing_adherence_Then_there_is_none() =>
        Adherence.Percent(0, 0).ShouldBeNull();

    [Fact]
    public void Given_a_week_with_done_missed_today_future_and_rest_workouts_When_counting_Then_only_done_and_missed_count()
    {
        PlannedWorkout[] week =
        [
            Workout(Today.AddDays(-3), done: true),
            Workout(Today.AddDays(-2), done: false),
            Workout(Today.AddDays(-1), done: false, rest: true),
            Workout(Today, done: false),
            Workout(Today.AddDays(1), done: false),
            Workout(Today, done: true),
        ];

        var count = Adherence.Count(week, Today);

        count.ShouldBe(new AdherenceCount(Done: 2, Missed: 1, Planned: 2, Percent: 67));
    }

    [Fact]
    public void Given_workouts_When_reading_their_status_Then_done_wins_then_past_is_missed_and_rest_is_rest()
    {
        Workout(Today.AddDays(-1), done: true).StatusOn(Today).ShouldBe(WorkoutStatus.Done);
        Workout(Today.AddDays(-1), done: false).StatusOn(Today).ShouldBe(WorkoutStatus.Missed);
        Workout(Today, done: false).StatusOn(Today).ShouldBe(WorkoutStatus.Planned);
        Workout(Today.AddDays(-5), done: false, rest: true).StatusOn(Today).ShouldBe(WorkoutStatus.Rest);
    }

    internal static PlannedWorkout Workout(DateOnly date, bool done, bool rest = false) => new()
    {
        Date = date,
        Intensity = rest ? Intensity.Rest : Intensity.Easy,
        DescriptionEn = "Run",
        DescriptionRu = "Бег",
        CompletedByActivityId = done ? Guid.CreateVersion7() : null,
    };
}
