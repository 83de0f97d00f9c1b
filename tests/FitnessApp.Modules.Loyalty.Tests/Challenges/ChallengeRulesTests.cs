using FitnessApp.Modules.Loyalty.Challenges.Domain;
using FitnessApp.Modules.Training.Contracts.Activities;

namespace FitnessApp.Modules.Loyalty.Tests.Challenges;

public sealed class ChallengeRulesTests
{
    private static readonly DateTime Start = new(2026, 11, 1, 0, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime End = new(2026, 12, 1, 0, 0, 0, DateTimeKind.Utc);

    private static Challenge Of(ChallengeGoal goal, params Sport[] sports) =>
        new() { Title = "t", Goal = goal, GoalValue = 100, Sports = [.. sports], StartsAt = Start, EndsAt = End };

    [Theory]
    [InlineData("Distance", 10_000)]
    [InlineData("MovingTime", 2_900)]
    [InlineData("Elevation", 85)]
    [InlineData("ActivityCount", 1)]
    public void Given_a_goal_When_an_activity_in_the_period_counts_Then_its_amount_is_the_goals_measure(string goal, double expected) =>
        ChallengeRules.ActivityAmount(Of(Enum.Parse<ChallengeGoal>(goal)), Sport.Running, Start.AddDays(3), 10_000, 2_900, 85).ShouldBe(expected);

    [Fact]
    public void Given_a_period_When_an_activity_starts_at_its_bounds_Then_the_start_counts_and_the_end_does_not()
    {
        var challenge = Of(ChallengeGoal.Distance);
        ChallengeRules.ActivityAmount(challenge, Sport.Running, Start, 5_000, 0, null).ShouldBe(5_000);
        ChallengeRules.ActivityAmount(challenge, Sport.Running, End, 5_000, 0, null).ShouldBeNull();
        ChallengeRules.ActivityAmount(challenge, Sport.Running, Start.AddTicks(-1), 5_000, 0, null).ShouldBeNull();
    }

    [Fact]
    public void Given_sports_When_another_sport_is_recorded_Then_it_does_not_count_and_no_sports_means_all()
    {
        ChallengeRules.ActivityAmount(Of(ChallengeGoal.Distance, Sport.Cycling), Sport.Running, Start.AddDays(1), 5_000, 0, null).ShouldBeNull();
        ChallengeRules.ActivityAmount(Of(ChallengeGoal.Distance, Sport.Cycling), Sport.Cycling, Start.AddDays(1), 5_000, 0, null).ShouldBe(5_000);
        ChallengeRules.ActivityAmount(Of(ChallengeGoal.Distance), Sport.Yoga, Start.AddDays(1), null, 0, null).ShouldBe(0);
    }

    [Fact]
    public void Given_a_steps_goal_When_activities_or_days_come_Then_only_days_in_the_period_count()
    {
        var steps = Of(ChallengeGoal.Steps);
        ChallengeRules.ActivityAmount(steps, Sport.Walking, Start.AddDays(1), 5_000, 3_000, null).ShouldBeNull();
        ChallengeRules.StepsAmount(steps, new DateOnly(2026, 11, 1), 12_000).ShouldBe(12_000);
        ChallengeRules.StepsAmount(steps, new DateOnly(2026, 11, 30), 8_000).ShouldBe(8_000);
        ChallengeRules.StepsAmount(steps, new DateOnly(2026, 12, 1), 8_000).ShouldBeNull();
        ChallengeRules.StepsAmount(steps, new DateOnly(2026, 10, 31), 8_000).ShouldBeNull();
        ChallengeRules.StepsAmount(Of(ChallengeGoal.Distance), new DateOnly(2026, 11, 2), 8_000).ShouldBeNull();
    }

    [Fact]
    public void Given_a_participant_When_a_source_is_added_replaced_and_removed_Then_progress_follows_and_its_time_moves_only_on_change()
    {
        var t0 = Start.AddDays(1);
        var participant = new ChallengeParticipant { Progress = 0, ProgressAt = t0 };
        ChallengeRules.Apply(participant, 0, 10_000, t0.AddHours(1));
        participant.Progress.ShouldBe(10_000);
        participant.ProgressAt.ShouldBe(t0.AddHours(1));

        ChallengeRules.Apply(participant, 10_000, 10_000, t0.AddHours(2));
        participant.ProgressAt.ShouldBe(t0.AddHours(1));

        ChallengeRules.Apply(participant, 10_000, 12_500, t0.AddHours(3));
        participant.Progress.ShouldBe(12_500);
        participant.ProgressAt.ShouldBe(t0.AddHours(3));

        ChallengeRules.Apply(participant, 12_500, 0, t0.AddHours(4));
        participant.Progress.ShouldBe(0);
    }

    [Fact]
    public void Given_a_challenge_When_asking_its_status_Then_upcoming_running_and_finished_follow_the_period_and_finalization()
    {
        var challenge = Of(ChallengeGoal.Distance);
        challenge.StatusAt(Start.AddTicks(-1)).ShouldBe(ChallengeStatus.Upcoming);
        challenge.StatusAt(Start).ShouldBe(ChallengeStatus.Running);
        challenge.StatusAt(End).ShouldBe(ChallengeStatus.Finished);
        challenge.FinalizedAt = Start.AddDays(1);
        challenge.StatusAt(Start.AddDays(1)).ShouldBe(ChallengeStatus.Finished);
    }
}
