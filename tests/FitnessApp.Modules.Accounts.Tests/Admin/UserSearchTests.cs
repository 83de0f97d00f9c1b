using FitnessApp.Modules.Accounts.Admin.ListUsers;

namespace FitnessApp.Modules.Accounts.Tests.Admin;

public sealed class UserSearchTests
{
    [Theory]
    [InlineData(null, null)]
    [InlineData("", null)]
    [InlineData(" \t\n ", null)]
    [InlineData("runner@Example.com", "RUNNER@EXAMPLE.COM")]
    [InlineData("  anna   maria\tlopez ", "ANNA MARIA LOPEZ")]
    [InlineData("ольга", "ОЛЬГА")]
    public void Given_what_an_operator_typed_When_normalized_Then_trimmed_single_spaced_upper_case_or_null(string? typed, string? expected)
    {
        UserSearch.Normalize(typed).ShouldBe(expected);
    }
}
