using FitnessApp.Modules.Accounts.Admin.LockUser;
using FitnessApp.Modules.Accounts.Tests.Profiles;

namespace FitnessApp.Modules.Accounts.Tests.Admin;

public sealed class LockUserValidatorTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 21, 21, 0, 0, TimeSpan.Zero);
    private readonly LockUserValidator _validator = new(new FixedClock(Now));

    [Theory]
    [InlineData(null, true)]
    [InlineData(60, true)]
    [InlineData(0, false)]
    [InlineData(-60, false)]
    public void Given_a_lock_end_When_validated_Then_only_a_future_end_or_none_passes(int? secondsFromNow, bool valid)
    {
        var until = secondsFromNow is { } seconds ? Now.AddSeconds(seconds) : (DateTimeOffset?)null;

        var result = _validator.Validate(new LockUser(Guid.NewGuid(), Guid.NewGuid(), until, null));

        result.Errors.Select(e => e.PropertyName).ShouldBe(valid ? [] : ["Until"]);
    }

    [Theory]
    [InlineData(500, true)]
    [InlineData(501, false)]
    public void Given_a_reason_When_validated_Then_at_most_500_characters_pass(int length, bool valid)
    {
        var result = _validator.Validate(new LockUser(Guid.NewGuid(), Guid.NewGuid(), null, new string('r', length)));

        result.Errors.Select(e => e.PropertyName).ShouldBe(valid ? [] : ["Reason"]);
    }
}
