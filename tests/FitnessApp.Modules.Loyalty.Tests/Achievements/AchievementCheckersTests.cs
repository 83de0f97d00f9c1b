using FitnessApp.Modules.Loyalty.Achievements.Domain;
using FitnessApp.Modules.Training.Contracts.Activities;

namespace FitnessApp.Modules.Loyalty.Tests.Achievements;

public sealed class AchievementCheckersTests
{
    private static ActivityFact Activity(string local, Sport sport = Sport.Running, double distance = 5000, int moving = 1800, int records = 0)
    {
        var start = DateTime.Parse(local, System.Globalization.CultureInfo.InvariantCulture);
        return new ActivityFact
        {
            ActivityId = Guid.NewGuid(),
            AthleteId = Guid.Empty,
            Sport = sport,
            LocalDate = DateOnly.FromDateTime(start),
            LocalStartMinute = (start.Hour * 60) + start.Minute,
            DistanceMeters = distance,
            MovingSeconds = moving,
            PersonalRecords = records,
        };
    }

    private static long Progress(AchievementChecker kind, CheckerParameters parameters, params ActivityFact[] activities) =>
        AchievementCheckers.Progress(kind, parameters, new AthleteFacts(activities, [], 0, 0));

    [Fact]
    public void Given_no_activity_When_first_activity_checked_Then_zero_and_one_after_any()
    {
        Progress(AchievementChecker.FirstActivity, new(1)).ShouldBe(0);
        Progress(AchievementChecker.FirstActivity, new(1), Activity("2026-03-01 10:00"), Activity("2026-03-02 10:00")).ShouldBe(1);
    }

    [Fact]
    public void Given_mixed_sports_When_totals_checked_Then_only_the_sport_counts_per_metric()
    {
        var activities = new[]
        {
            Activity("2026-03-01 10:00", Sport.Running, 5000.7, 1800),
            Activity("2026-03-02 10:00", Sport.Running, 10000, 3600),
            Activity("2026-03-03 10:00", Sport.Cycling, 40000, 5400),
        };
        Progress(AchievementChecker.SportTotal, new(1, "distance", "running"), activities).ShouldBe(15000);
        Progress(AchievementChecker.SportTotal, new(1, "movingTime"), activities).ShouldBe(10800);
        Progress(AchievementChecker.SportTotal, new(1, "count", "cycling"), activities).ShouldBe(1);
        Progress(AchievementChecker.SportTotal, new(1, "count"), activities).ShouldBe(3);
    }

    [Fact]
    public void Given_days_across_the_spring_DST_change_When_day_streak_checked_Then_local_days_count()
    {
        // Europe's clocks moved on 2026-03-29; a late-evening local start stays on its local day.
        var progress = Progress(
            AchievementChecker.DayStreak, new(3),
            Activity("2026-03-28 23:30"), Activity("2026-03-29 00:30"), Activity("2026-03-30 23:59"), Activity("2026-03-30 06:00"),
            Activity("2026-04-02 08:00"));
        progress.ShouldBe(3);
    }

    [Fact]
    public void Given_a_gap_day_When_day_streak_checked_Then_the_longest_run_wins()
    {
        Progress(AchievementChecker.DayStreak, new(3),
            Activity("2026-10-24 09:00"), Activity("2026-10-25 09:00"), Activity("2026-10-27 09:00"),
            Activity("2026-10-28 09:00"), Activity("2026-10-29 09:00"), Activity("2026-10-30 09:00")).ShouldBe(4);
    }

    [Fact]
    public void Given_weeks_across_the_new_year_When_week_streak_checked_Then_iso_weeks_count()
    {
        // 2026-12-28 (Mon, ISO week 53 of 2026), 2027-01-10 (Sun, week 1 of 2027), 2027-01-11 (Mon, week 2 of 2027).
        Progress(AchievementChecker.WeekStreak, new(3), Activity("2026-12-31 09:00"), Activity("2027-01-10 09:00"), Activity("2027-01-11 09:00")).ShouldBe(3);
        Progress(AchievementChecker.WeekStreak, new(3), Activity("2026-12-21 09:00"), Activity("2027-01-10 09:00")).ShouldBe(1);
    }

    [Fact]
    public void Given_week_starts_When_computed_Then_mondays()
    {
        AchievementCheckers.WeekStart(new DateOnly(2027, 1, 3)).ShouldBe(new DateOnly(2026, 12, 28));
        AchievementCheckers.WeekStart(new DateOnly(2026, 11, 23)).ShouldBe(new DateOnly(2026, 11, 23));
    }

    [Fact]
    public void Given_start_times_at_the_boundaries_When_early_bird_and_night_owl_checked_Then_before_7_and_from_21()
    {
        var activities = new[]
        {
            Activity("2026-03-01 06:59"), Activity("2026-03-02 07:00"), Activity("2026-03-03 00:00"),
            Activity("2026-03-04 20:59"), Activity("2026-03-05 21:00"), Activity("2026-03-06 23:59"),
        };
        Progress(AchievementChecker.EarlyBird, new(1, Hour: 7), activities).ShouldBe(2);
        Progress(AchievementChecker.NightOwl, new(1, Hour: 21), activities).ShouldBe(2);
        Progress(AchievementChecker.EarlyBird, new(1), activities).ShouldBe(2);
    }

    [Fact]
    public void Given_gaps_of_29_and_30_days_When_comeback_checked_Then_only_30_counts()
    {
        Progress(AchievementChecker.Comeback, new(1, GapDays: 30), Activity("2026-01-01 10:00"), Activity("2026-01-31 10:00")).ShouldBe(0);
        Progress(AchievementChecker.Comeback, new(1, GapDays: 30), Activity("2026-01-01 10:00"), Activity("2026-02-01 10:00")).ShouldBe(1);
        Progress(AchievementChecker.Comeback, new(1, GapDays: 30), Activity("2026-02-01 10:00")).ShouldBe(0);
    }

    [Fact]
    public void Given_saturdays_and_sundays_When_weekend_streak_checked_Then_consecutive_weekends_count()
    {
        // 2026-11-07 Sat, 2026-11-15 Sun, 2026-11-21 Sat: three weekends in a row; a Friday does not count.
        Progress(AchievementChecker.WeekendStreak, new(3),
            Activity("2026-11-07 10:00"), Activity("2026-11-08 10:00"), Activity("2026-11-15 10:00"), Activity("2026-11-21 10:00"),
            Activity("2026-11-27 10:00")).ShouldBe(3);
        Progress(AchievementChecker.WeekendStreak, new(3), Activity("2026-11-07 10:00"), Activity("2026-11-21 10:00")).ShouldBe(1);
    }

    [Fact]
    public void Given_step_days_When_daily_steps_checked_Then_days_at_or_over_the_goal_count()
    {
        var steps = new[]
        {
            new StepsFact { AthleteId = Guid.Empty, Date = new(2026, 3, 1), Steps = 9_999 },
            new StepsFact { AthleteId = Guid.Empty, Date = new(2026, 3, 2), Steps = 10_000 },
            new StepsFact { AthleteId = Guid.Empty, Date = new(2026, 3, 3), Steps = 30_000 },
        };
        AchievementCheckers.Progress(AchievementChecker.DailySteps, new(1, Steps: 10_000), new AthleteFacts([], steps, 0, 0)).ShouldBe(2);
    }

    [Fact]
    public void Given_records_kudos_and_followers_When_checked_Then_counted()
    {
        Progress(AchievementChecker.PersonalRecords, new(1), Activity("2026-03-01 10:00", records: 2), Activity("2026-03-02 10:00", records: 1)).ShouldBe(3);
        AchievementCheckers.Progress(AchievementChecker.KudosGiven, new(1), new AthleteFacts([], [], 4, 9)).ShouldBe(4);
        AchievementCheckers.Progress(AchievementChecker.Followers, new(10), new AthleteFacts([], [], 4, 9)).ShouldBe(9);
    }

    [Theory]
    [InlineData(9, 10, false, 0)]
    [InlineData(10, 10, false, 1)]
    [InlineData(35, 10, false, 1)]
    [InlineData(35, 10, true, 3)]
    public void Given_progress_When_earned_computed_Then_awards_match(long progress, long target, bool repeatable, int expected) =>
        AchievementCheckers.Earned(progress, target, repeatable).ShouldBe(expected);

    [Fact]
    public void Given_bad_parameters_When_validated_Then_fields_named()
    {
        AchievementCheckers.Validate(AchievementChecker.SportTotal, new(0, "speed", "chess")).Select(e => e.Field)
            .ShouldBe(["parameters.target", "parameters.metric", "parameters.sport"], ignoreOrder: true);
        AchievementCheckers.Validate(AchievementChecker.DayStreak, new(3, Hour: 7)).Select(e => e.Field).ShouldBe(["parameters.hour"]);
        AchievementCheckers.Validate(AchievementChecker.DailySteps, new(1, Steps: 10_000)).ShouldBeEmpty();
    }
}
