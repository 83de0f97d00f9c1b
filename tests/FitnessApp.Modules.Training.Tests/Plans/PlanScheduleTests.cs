using FitnessApp.Modules.Training.Contracts.Activities;
using FitnessApp.Modules.Training.Domain;
using FitnessApp.Modules.Training.Plans.Domain;
using FitnessApp.Modules.Training.Plans.Seeding;

namespace FitnessApp.Modules.Training.Tests.Plans;

public sealed class PlanScheduleTests
{
    private static readonly DateOnly Monday = new(2026, 11, 23);
    private static readonly DateOnly Thursday = new(2026, 11, 26);

    [Theory]
    [InlineData(1, DayOfWeek.Monday, "2026-11-23")]
    [InlineData(1, DayOfWeek.Sunday, "2026-11-29")]
    [InlineData(2, DayOfWeek.Wednesday, "2026-12-02")]
    [InlineData(8, DayOfWeek.Saturday, "2027-01-16")]
    public void Given_a_Monday_start_When_placing_a_workout_Then_it_keeps_calendar_weeks(int week, DayOfWeek day, string expected) =>
        PlanSchedule.DateOf(Monday, week, day).ShouldBe(DateOnly.Parse(expected));

    [Theory]
    [InlineData(1, DayOfWeek.Thursday, "2026-11-26")]
    [InlineData(1, DayOfWeek.Saturday, "2026-11-28")]
    [InlineData(1, DayOfWeek.Monday, "2026-11-30")]
    [InlineData(1, DayOfWeek.Wednesday, "2026-12-02")]
    [InlineData(2, DayOfWeek.Thursday, "2026-12-03")]
    public void Given_a_Thursday_start_When_placing_a_workout_Then_week_1_runs_Thursday_to_Wednesday_and_nothing_falls_before_the_start(
        int week, DayOfWeek day, string expected) =>
        PlanSchedule.DateOf(Thursday, week, day).ShouldBe(DateOnly.Parse(expected));

    [Fact]
    public void Given_an_8_week_plan_When_computing_its_end_Then_it_is_the_day_before_the_ninth_week()
    {
        PlanSchedule.EndOf(Monday, 8).ShouldBe(new DateOnly(2027, 1, 17));
        PlanSchedule.EndOf(Thursday, 1).ShouldBe(new DateOnly(2026, 12, 2));
    }

    [Theory]
    [InlineData(-1, 0)]
    [InlineData(0, 1)]
    [InlineData(6, 1)]
    [InlineData(7, 2)]
    [InlineData(13, 2)]
    [InlineData(14, 3)]
    public void Given_days_after_the_start_When_finding_the_plan_week_Then_weeks_turn_every_seventh_day(int days, int week) =>
        PlanSchedule.WeekOf(Thursday, Thursday.AddDays(days)).ShouldBe(week);

    [Theory]
    [InlineData("2026-11-23", "2026-11-23")]
    [InlineData("2026-11-29", "2026-11-23")]
    [InlineData("2026-11-01", "2026-10-26")]
    public void Given_a_day_When_finding_its_Monday_Then_calendar_weeks_start_on_Monday(string day, string monday) =>
        IsoWeek.MondayOf(DateOnly.Parse(day)).ShouldBe(DateOnly.Parse(monday));

    [Fact]
    public void Given_the_5km_plan_When_enrolling_on_a_Monday_Then_24_workouts_are_dated_in_order_with_the_athlete_and_plan_copied()
    {
        var athlete = Guid.CreateVersion7();
        var template = SeededPlans.FiveKilometreBeginner(DateTime.UtcNow);

        var enrolment = PlanSchedule.Enrol(template, athlete, Monday, DateTime.UtcNow);

        enrolment.Workouts.Count.ShouldBe(24);
        enrolment.EndDate.ShouldBe(Monday.AddDays(55));
        enrolment.NameEn.ShouldBe(template.NameEn);
        enrolment.Workouts.Select(w => w.Date).ShouldBeInOrder();
        enrolment.Workouts.Take(3).Select(w => w.Date).ShouldBe([Monday, Monday.AddDays(2), Monday.AddDays(5)]);
        enrolment.Workouts.ShouldAllBe(w => w.AthleteId == athlete && w.EnrolmentId == enrolment.Id && w.Sport == Sport.Running);
        enrolment.Workouts[^1].Date.ShouldBe(Monday.AddDays(54));
        enrolment.Workouts[^1].DistanceMeters.ShouldBe(5000);
    }
}
