using FitnessApp.Modules.Accounts.Security.Passwords;

namespace FitnessApp.Modules.Accounts.Tests.Security;

public sealed class BreachedPasswordsTests
{
    [Fact]
    public void Given_the_embedded_list_Then_it_holds_the_30000_most_common_passwords()
    {
        BreachedPasswords.Count.ShouldBe(30_000);
    }

    [Theory]
    [InlineData("password")]
    [InlineData("123456654321")]
    [InlineData("QazWsxEdcRfv")]
    [InlineData("1qaz2wsx3edc")]
    [InlineData("LeaveMeAlone")]
    public void Given_a_listed_password_in_any_case_Then_it_is_common(string password)
    {
        BreachedPasswords.IsCommon(password).ShouldBeTrue();
    }

    [Theory]
    [InlineData("password1234")]
    [InlineData("Password1234!")]
    [InlineData("dragon2024!!")]
    [InlineData("Football123456")]
    [InlineData("  qwerty12345678  ")]
    public void Given_a_listed_password_followed_by_digits_or_symbols_Then_it_is_common(string password)
    {
        BreachedPasswords.IsCommon(password).ShouldBeTrue();
    }

    [Theory]
    [InlineData("correct horse battery staple")]
    [InlineData("a brand new password for the tests")]
    [InlineData("admin-password-2026")]
    [InlineData("Tr4ining-L0ad-Rules")]
    [InlineData("")]
    [InlineData(null)]
    public void Given_a_password_that_is_not_listed_Then_it_is_not_common(string? password)
    {
        BreachedPasswords.IsCommon(password).ShouldBeFalse();
    }

    [Fact]
    public void Given_a_short_listed_stem_with_digits_Then_the_stem_rule_needs_three_letters()
    {
        // "ab" is not a password anyone lists; digits after two characters are not judged by the stem rule.
        BreachedPasswords.IsCommon("zq123456789012").ShouldBeFalse();
    }
}
