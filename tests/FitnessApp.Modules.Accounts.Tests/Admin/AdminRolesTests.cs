using FitnessApp.Modules.Accounts.Admin;

namespace FitnessApp.Modules.Accounts.Tests.Admin;

public sealed class AdminRolesTests
{
    [Fact]
    public void Given_roles_in_any_order_Then_athlete_operator_admin_then_unknown_ones_alphabetically()
    {
        AdminRoles.Ordered(["zeta", "admin", "athlete", "operator", "admin", "beta"]).ShouldBe(["athlete", "operator", "admin", "beta", "zeta"]);
    }
}
