using FitnessApp.Modules.Training.Plans.Enrolments.EnrolInPlan;
using FitnessApp.Modules.Training.Tests.Activities;

namespace FitnessApp.Modules.Training.Tests.Plans;

public sealed class EnrolInPlanValidatorTests
{
    private static readonly EnrolInPlanValidator Validator = new(new FixedClock(new DateTimeOffset(2026, 11, 21, 23, 30, 0, TimeSpan.Zero)));

    [Theory]
    [InlineData("2026-11-14", true)]
    [InlineData("2026-11-13", false)]
    [InlineData("2026-11-21", true)]
    [InlineData("2027-11-22", true)]
    [InlineData("2027-11-23", false)]
    public void Given_a_start_date_When_validating_Then_at_most_7_days_back_and_a_year_ahead(string start, bool valid) =>
        Validator.Validate(new EnrolInPlan(Guid.CreateVersion7(), Guid.CreateVersion7(), DateOnly.Parse(start))).IsValid.ShouldBe(valid);

    [Fact]
    public void Given_no_template_and_no_start_When_validating_Then_both_are_named()
    {
        var result = Validator.Validate(new EnrolInPlan(Guid.CreateVersion7(), null, null));

        result.Errors.Select(e => e.PropertyName).Distinct().ShouldBe(["TemplateId", "StartDate"], ignoreOrder: true);
    }
}
