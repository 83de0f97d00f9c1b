using FitnessApp.Modules.Accounts.Admin;

namespace FitnessApp.Modules.Accounts.Tests.Admin;

public sealed class AdminLockoutTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 21, 21, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Given_no_lockout_end_Then_not_locked()
    {
        AdminLockout.Of(null, 2, Now).ShouldBe(new AdminLockout(false, null, false, 2));
    }

    [Fact]
    public void Given_a_lockout_end_in_the_past_Then_not_locked_and_no_end_shown()
    {
        AdminLockout.Of(Now.AddSeconds(-1), 0, Now).ShouldBe(new AdminLockout(false, null, false, 0));
    }

    [Fact]
    public void Given_a_lockout_end_in_the_future_Then_locked_until_then()
    {
        AdminLockout.Of(Now.AddMinutes(15), 5, Now).ShouldBe(new AdminLockout(true, Now.AddMinutes(15), false, 5));
    }

    [Fact]
    public void Given_the_indefinite_end_Then_locked_without_end()
    {
        AdminLockout.Of(AdminLockout.Indefinitely, 0, Now).Indefinite.ShouldBeTrue();
    }
}
