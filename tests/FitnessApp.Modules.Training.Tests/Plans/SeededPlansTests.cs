using FitnessApp.Modules.Training.Contracts.Activities;
using FitnessApp.Modules.Training.Plans.Domain;
using FitnessApp.Modules.Training.Plans.Seeding;

namespace FitnessApp.Modules.Training.Tests.Plans;

public sealed class SeededPlansTests
{
    [Fact]
    public void Given_the_seeded_plans_Then_every_workout_lies_within_its_plan_and_is_described_in_both_languages()
    {
        foreach (var plan in SeededPlans.All(DateTime.UtcNow))
        {
            plan.IsPublished.ShouldBeTrue(plan.NameEn);
            plan.NameRu.ShouldNotBeNullOrWhiteSpace();
            plan.DescriptionRu.ShouldNotBeNullOrWhiteSpace();
            plan.Workouts.ShouldAllBe(w => w.Week >= 1 && w.Week <= plan.Weeks);
            plan.Workouts.ShouldAllBe(w => w.DescriptionEn.Length > 0 && w.DescriptionRu.Length > 0 && w.DescriptionEn.Length <= TemplateWorkout.DescriptionMaxLength);
            plan.Workouts.Where(w => w.Intensity != Intensity.Rest).ShouldAllBe(w => w.DurationSeconds != null || w.DistanceMeters != null);
        }
    }

    [Fact]
    public void Given_the_5km_plan_Then_it_has_3_easy_runs_a_week_for_8_weeks_getting_longer_to_a_5km_run()
    {
        var plan = SeededPlans.FiveKilometreBeginner(DateTime.UtcNow);

        plan.Workouts.Count.ShouldBe(24);
        plan.Workouts.GroupBy(w => w.Week).ShouldAllBe(g => g.Select(w => w.DayOfWeek).SequenceEqual(new[] { DayOfWeek.Monday, DayOfWeek.Wednesday, DayOfWeek.Saturday }));
        plan.Workouts[^1].DistanceMeters.ShouldBe(5000);
        plan.Workouts.Where(w => w.DurationSeconds is not null).ShouldAllBe(w => w.DurationSeconds >= 25 * 60 && w.DurationSeconds <= 40 * 60);
    }

    [Fact]
    public void Given_the_10km_plan_Then_the_long_run_grows_to_11km_and_the_last_Sunday_is_a_10km_race_after_a_rest_day()
    {
        var plan = SeededPlans.TenKilometre(DateTime.UtcNow);

        var longRuns = plan.Workouts.Where(w => w.Intensity == Intensity.Long).Select(w => w.DistanceMeters).ToList();
        longRuns.ShouldBe([6000, 7000, 8000, 8000, 9000, 10000, 11000]);
        var last = plan.Workouts.Where(w => w.Week == 8).ToList();
        last.Single(w => w.DayOfWeek == DayOfWeek.Saturday).Intensity.ShouldBe(Intensity.Rest);
        last.Single(w => w.DayOfWeek == DayOfWeek.Sunday).DistanceMeters.ShouldBe(10000);
        plan.Workouts.ShouldAllBe(w => w.Sport == Sport.Running);
    }

    [Fact]
    public void Given_the_strength_plan_Then_it_has_3_sessions_a_week_for_6_weeks_with_a_lighter_last_week()
    {
        var plan = SeededPlans.Strength(DateTime.UtcNow);

        plan.Workouts.Count.ShouldBe(18);
        plan.Workouts.ShouldAllBe(w => w.Sport == Sport.Strength);
        plan.Workouts.Where(w => w.Week == 6).ShouldAllBe(w => w.Intensity == Intensity.Easy);
        plan.Workouts.Where(w => w.Week == 5).ShouldAllBe(w => w.Intensity == Intensity.Hard);
    }
}
