using FitnessApp.Modules.Accounts.Me.UpdateSettings;

namespace FitnessApp.Modules.Accounts.Tests.Profiles;

public sealed class UpdateSettingsValidatorTests
{
    private readonly UpdateSettingsValidator _validator = new();

    [Fact]
    public void Given_valid_settings_When_validating_Then_there_is_no_failure()
    {
        var result = _validator.Validate(Valid());

        result.IsValid.ShouldBeTrue(string.Join("; ", result.Errors));
    }

    [Theory]
    [InlineData("UTC", true)]
    [InlineData("Europe/Moscow", true)]
    [InlineData("America/Argentina/Buenos_Aires", true)]
    [InlineData("Asia/Kolkata", true)]
    [InlineData("Mars/Olympus_Mons", false)]
    [InlineData("Pacific Standard Time", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void Given_a_time_zone_When_validating_Then_only_known_IANA_ids_pass(string? timeZone, bool valid)
    {
        _validator.Validate(Valid() with { TimeZone = timeZone }).IsValid.ShouldBe(valid);
    }

    [Theory]
    [InlineData("en", true)]
    [InlineData("ru", true)]
    [InlineData("de", false)]
    [InlineData("RU", false)]
    [InlineData("en-US", false)]
    [InlineData(null, false)]
    public void Given_a_language_When_validating_Then_only_en_and_ru_pass(string? language, bool valid)
    {
        _validator.Validate(Valid() with { Language = language }).IsValid.ShouldBe(valid);
    }

    [Theory]
    [InlineData("metric", "public", "public", true)]
    [InlineData("imperial", "followers", "followersOnly", true)]
    [InlineData("imperial", "public", "followersOnly", true)]
    [InlineData("0", "public", "public", false)]
    [InlineData("metric", "public", "private", false)]
    [InlineData("metric", "friends", "public", false)]
    [InlineData("metric", "public", "followers", false)]
    public void Given_enum_settings_When_validating_Then_only_their_wire_names_pass(string units, string defaultVisibility, string profileVisibility, bool valid)
    {
        _validator.Validate(Valid() with { Units = units, DefaultActivityVisibility = defaultVisibility, ProfileVisibility = profileVisibility })
            .IsValid.ShouldBe(valid);
    }

    [Fact]
    public void Given_nothing_When_validating_Then_every_setting_is_named()
    {
        var result = _validator.Validate(new UpdateSettings(Guid.NewGuid(), null, null, null, null, null));

        result.Errors.Select(e => e.PropertyName.ToLowerInvariant()).ShouldBe(
            ["units", "language", "timezone", "defaultactivityvisibility", "profilevisibility"], ignoreOrder: true);
    }

    private static UpdateSettings Valid() => new(Guid.NewGuid(), "metric", "en", "Europe/Berlin", "private", "public");
}
