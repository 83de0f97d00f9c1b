using FitnessApp.Modules.Accounts.Registration.RegisterUser;
using FitnessApp.Modules.Accounts.Legal;
using FluentValidation.Results;
using Microsoft.Extensions.Options;

namespace FitnessApp.Modules.Accounts.Tests.Registration;

public sealed class RegisterUserValidatorTests
{
    private const string GoodEmail = "runner@example.com";
    private const string GoodPassword = "twelve chars";
    private const string GoodName = "Runner";

    private readonly RegisterUserValidator _validator = new(Options.Create(new LegalOptions()));

    [Fact]
    public void Given_valid_fields_When_validating_Then_there_is_no_failure()
    {
        var result = Validate(GoodEmail, GoodPassword, GoodName);

        result.IsValid.ShouldBeTrue(string.Join("; ", result.Errors));
    }

    [Theory]
    [InlineData("")]
    [InlineData("not-an-email")]
    [InlineData("@example.com")]
    [InlineData("runner@")]
    public void Given_a_missing_or_malformed_email_When_validating_Then_email_fails(string email)
    {
        FailedFields(Validate(email, GoodPassword, GoodName)).ShouldBe(["email"]);
    }

    [Fact]
    public void Given_an_email_longer_than_256_characters_When_validating_Then_email_fails()
    {
        var email = new string('a', 245) + "@example.com";

        FailedFields(Validate(email, GoodPassword, GoodName)).ShouldBe(["email"]);
    }

    [Theory]
    [InlineData("")]
    [InlineData("elevenchars")]
    public void Given_a_password_shorter_than_twelve_characters_When_validating_Then_password_fails(string password)
    {
        FailedFields(Validate(GoodEmail, password, GoodName)).ShouldBe(["password"]);
    }

    [Fact]
    public void Given_a_password_of_exactly_twelve_characters_When_validating_Then_it_passes()
    {
        Validate(GoodEmail, "123456789012", GoodName).IsValid.ShouldBeTrue();
        RegisterUserValidator.MinPasswordLength.ShouldBe(12);
    }

    [Fact]
    public void Given_a_password_longer_than_256_characters_When_validating_Then_password_fails()
    {
        FailedFields(Validate(GoodEmail, new string('p', 257), GoodName)).ShouldBe(["password"]);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\t")]
    public void Given_a_blank_display_name_When_validating_Then_displayName_fails(string name)
    {
        FailedFields(Validate(GoodEmail, GoodPassword, name)).ShouldBe(["displayname"]);
    }

    [Fact]
    public void Given_a_display_name_of_101_characters_When_validating_Then_displayName_fails()
    {
        FailedFields(Validate(GoodEmail, GoodPassword, new string('n', 101))).ShouldBe(["displayname"]);
    }

    [Fact]
    public void Given_a_display_name_of_100_characters_When_validating_Then_it_passes()
    {
        Validate(GoodEmail, GoodPassword, new string('n', 100)).IsValid.ShouldBeTrue();
    }

    [Fact]
    public void Given_every_field_wrong_When_validating_Then_all_three_fail_together()
    {
        FailedFields(Validate("x", "short", " ")).ShouldBe(["email", "password", "displayname"], ignoreOrder: true);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("2020-01-01")]
    public void Given_the_terms_not_accepted_in_the_version_in_force_When_validating_Then_acceptedTermsVersion_fails(string? version)
    {
        var result = _validator.Validate(new RegisterUser(GoodEmail, GoodPassword, GoodName, version));

        FailedFields(result).ShouldBe(["acceptedtermsversion"]);
        result.Errors.Single().ErrorMessage.ShouldContain(LegalOptions.DefaultTermsVersion);
    }

    [Fact]
    public void Given_another_version_in_force_When_the_old_one_is_accepted_Then_it_fails_and_the_new_one_passes()
    {
        var validator = new RegisterUserValidator(Options.Create(new LegalOptions { TermsVersion = "2027-03-01" }));

        validator.Validate(new RegisterUser(GoodEmail, GoodPassword, GoodName, LegalOptions.DefaultTermsVersion)).IsValid.ShouldBeFalse();
        validator.Validate(new RegisterUser(GoodEmail, GoodPassword, GoodName, "2027-03-01")).IsValid.ShouldBeTrue();
    }

    private ValidationResult Validate(string email, string password, string displayName) =>
        _validator.Validate(new RegisterUser(email, password, displayName, LegalOptions.DefaultTermsVersion));

    /// <summary>Field names in lower case: the kernel turns them into camelCase JSON names, which is not under test here.</summary>
    private static List<string> FailedFields(ValidationResult result) =>
        result.Errors.Select(e => e.PropertyName.ToLowerInvariant()).Distinct().ToList();
}
