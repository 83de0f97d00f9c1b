using FitnessApp.Modules.Accounts.Admin;

namespace FitnessApp.Modules.Accounts.Tests.Admin;

public sealed class AdminAuditDetailsTests
{
    private static readonly Guid Actor = Guid.Parse("0193a3b1-0000-7000-8000-000000000001");

    [Fact]
    public void Given_an_action_without_details_Then_the_text_names_the_actor()
    {
        AdminAuditDetails.Of("ops@example.com", Actor, null).ShouldBe($"by ops@example.com ({Actor})");
    }

    [Fact]
    public void Given_an_action_with_details_Then_the_details_come_first_and_the_actor_after()
    {
        AdminAuditDetails.Of("ops@example.com", Actor, " operator ").ShouldBe($"operator (by ops@example.com, {Actor})");
    }
}
