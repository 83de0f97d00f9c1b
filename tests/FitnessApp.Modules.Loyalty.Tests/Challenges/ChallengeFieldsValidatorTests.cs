using FitnessApp.Modules.Loyalty.Challenges.CreateChallenge;
using FitnessApp.Modules.Loyalty.Challenges.UpdateChallenge;
using FitnessApp.Modules.Loyalty.Challenges.UpdateGroupChallenge;

namespace FitnessApp.Modules.Loyalty.Tests.Challenges;

public sealed class ChallengeFieldsValidatorTests
{
    private static readonly DateTimeOffset Start = new(2026, 12, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Given_the_same_bad_fields_When_creating_editing_or_a_group_admin_editing_Then_the_same_fields_are_named()
    {
        var create = new CreateChallengeValidator().Validate(new CreateChallenge(
            Guid.NewGuid(), "", null, "pushups", 0, ["curling"], Start, Start.AddDays(-1), -1, 0, 0, 0));
        var update = new UpdateChallengeValidator().Validate(new UpdateChallenge(
            Guid.NewGuid(), "", null, "pushups", 0, ["curling"], Start, Start.AddDays(-1), -1, 0, 0, 0));
        var group = new UpdateGroupChallengeValidator().Validate(new UpdateGroupChallenge(
            Guid.NewGuid(), Guid.NewGuid(), "", null, "pushups", 0, ["curling"], Start, Start.AddDays(-1), -1, 0, 0, 0));

        string[] expected = ["title", "goal", "goalvalue", "sports[0]", "endsat", "finisherpoints"];
        create.Errors.Select(e => e.PropertyName.ToLowerInvariant()).Distinct().ShouldBe(expected, ignoreOrder: true);
        update.Errors.Select(e => e.PropertyName.ToLowerInvariant()).Distinct().ShouldBe(expected, ignoreOrder: true);
        group.Errors.Select(e => e.PropertyName.ToLowerInvariant()).Distinct().ShouldBe(expected, ignoreOrder: true);
    }

    [Fact]
    public void Given_valid_fields_When_validating_Then_no_errors()
    {
        new UpdateGroupChallengeValidator().Validate(new UpdateGroupChallenge(
            Guid.NewGuid(), Guid.NewGuid(), "Hundred", null, "distance", 100_000, ["running"], Start, Start.AddDays(30), 50, 100, 60, 30))
            .IsValid.ShouldBeTrue();
    }
}
