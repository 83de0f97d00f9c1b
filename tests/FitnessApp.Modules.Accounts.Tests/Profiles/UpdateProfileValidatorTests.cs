using FitnessApp.Modules.Accounts.Me.UpdateProfile;
using FluentValidation.Results;

namespace FitnessApp.Modules.Accounts.Tests.Profiles;

public sealed class UpdateProfileValidatorTests
{
    private static readonly DateOnly Today = new(2026, 11, 21);

    private readonly UpdateProfileValidator _validator = new(new FixedClock(new DateTimeOffset(2026, 11, 21, 23, 59, 0, TimeSpan.Zero)));

    [Fact]
    public void Given_a_complete_believable_profile_When_validating_Then_there_is_no_failure()
    {
        var result = Validate(Valid());

        result.IsValid.ShouldBeTrue(string.Join("; ", result.Errors));
    }

    [Fact]
    public void Given_only_a_display_name_When_validating_Then_there_is_no_failure()
    {
        Validate(new UpdateProfile(Guid.NewGuid(), "Name", null, null, null, null, null, null, null, null, null, null)).IsValid.ShouldBeTrue();
    }

    [Theory]
    [InlineData(50.0, true)]
    [InlineData(272.0, true)]
    [InlineData(49.99, false)]
    [InlineData(272.01, false)]
    public void Given_a_height_at_or_beyond_its_bounds_When_validating_Then_only_heights_from_50_to_272_cm_pass(double heightCm, bool valid)
    {
        Outcome(Valid() with { HeightCm = heightCm }, "heightCm", valid);
    }

    [Theory]
    [InlineData(20.0, true)]
    [InlineData(400.0, true)]
    [InlineData(19.99, false)]
    [InlineData(400.01, false)]
    public void Given_a_weight_at_or_beyond_its_bounds_When_validating_Then_only_weights_from_20_to_400_kg_pass(double weightKg, bool valid)
    {
        Outcome(Valid() with { WeightKg = weightKg }, "weightKg", valid);
    }

    [Theory]
    [InlineData(100, true)]
    [InlineData(240, true)]
    [InlineData(99, false)]
    [InlineData(241, false)]
    public void Given_a_max_heart_rate_at_or_beyond_its_bounds_When_validating_Then_only_100_to_240_pass(int maxHeartRate, bool valid)
    {
        Outcome(Valid() with { MaxHeartRate = maxHeartRate, RestingHeartRate = 50 }, "maxHeartRate", valid);
    }

    [Theory]
    [InlineData(25, true)]
    [InlineData(120, true)]
    [InlineData(24, false)]
    [InlineData(121, false)]
    public void Given_a_resting_heart_rate_at_or_beyond_its_bounds_When_validating_Then_only_25_to_120_pass(int restingHeartRate, bool valid)
    {
        Outcome(Valid() with { MaxHeartRate = null, RestingHeartRate = restingHeartRate }, "restingHeartRate", valid);
    }

    [Theory]
    [InlineData(119, 120, true)]
    [InlineData(120, 120, false)]
    [InlineData(110, 100, false)]
    public void Given_resting_and_max_heart_rates_When_validating_Then_resting_must_be_below_max(int resting, int max, bool valid)
    {
        Outcome(Valid() with { RestingHeartRate = resting, MaxHeartRate = max }, "restingHeartRate", valid);
    }

    [Fact]
    public void Given_a_resting_heart_rate_out_of_range_and_above_max_When_validating_Then_restingHeartRate_fails_once()
    {
        var result = Validate(Valid() with { RestingHeartRate = 130, MaxHeartRate = 110 });

        result.Errors.Select(e => e.PropertyName.ToLowerInvariant()).ShouldBe(["restingheartrate"], Fields(result));
    }

    [Theory]
    [InlineData("2021-11-21", true)] // 5 today
    [InlineData("2021-11-22", false)] // 5 tomorrow
    [InlineData("1906-11-21", true)] // 120 today
    [InlineData("1905-11-22", true)] // 120, 121 tomorrow
    [InlineData("1905-11-21", false)] // 121 today
    [InlineData("2026-11-21", false)] // born today: 0
    [InlineData("2026-11-22", false)] // in the future
    public void Given_a_birth_date_When_validating_Then_the_age_today_must_be_from_5_to_120(string birthDate, bool valid)
    {
        Outcome(Valid() with { BirthDate = DateOnly.Parse(birthDate, System.Globalization.CultureInfo.InvariantCulture) }, "birthDate", valid);
    }

    [Fact]
    public void Given_a_birth_date_in_the_future_When_validating_Then_one_message_says_so()
    {
        var result = Validate(Valid() with { BirthDate = Today.AddYears(1) });

        result.Errors.ShouldHaveSingleItem().ErrorMessage.ShouldContain("future");
    }

    [Theory]
    [InlineData("DE", true)]
    [InlineData("de", true)]
    [InlineData("AQ", true)]
    [InlineData("", true)]
    [InlineData("XX", false)]
    [InlineData("EU", false)]
    [InlineData("D", false)]
    [InlineData("DEU", false)]
    [InlineData("en-US", false)]
    public void Given_a_country_When_validating_Then_only_ISO_3166_alpha_2_codes_pass(string country, bool valid)
    {
        Outcome(Valid() with { Country = country }, "country", valid);
    }

    [Theory]
    [InlineData("male", true)]
    [InlineData("female", true)]
    [InlineData("unspecified", true)]
    [InlineData("Female", true)]
    [InlineData("1", false)]
    [InlineData("other", false)]
    [InlineData("male,female", false)]
    public void Given_a_sex_When_validating_Then_only_its_wire_names_pass(string sex, bool valid)
    {
        Outcome(Valid() with { Sex = sex }, "sex", valid);
    }

    [Fact]
    public void Given_texts_at_and_over_their_limits_When_validating_Then_only_the_longer_ones_fail()
    {
        Validate(Valid() with { Bio = new string('b', 500), City = new string('c', 100), DisplayName = new string('d', 100) }).IsValid.ShouldBeTrue();

        var result = Validate(Valid() with { Bio = new string('b', 501), City = new string('c', 101), DisplayName = new string('d', 101) });

        result.Errors.Select(e => e.PropertyName.ToLowerInvariant()).ShouldBe(["bio", "city", "displayname"], ignoreOrder: true);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void Given_no_display_name_When_validating_Then_displayName_fails(string? displayName)
    {
        Outcome(Valid() with { DisplayName = displayName }, "displayName", valid: false);
    }

    [Fact]
    public void Given_an_unknown_sport_among_known_ones_When_validating_Then_its_index_is_named()
    {
        var result = Validate(Valid() with { PreferredSports = ["running", "quidditch", "openWaterSwimming"] });

        result.Errors.Select(e => e.PropertyName.ToLowerInvariant()).ShouldBe(["preferredsports[1]"]);
    }

    private static UpdateProfile Valid() => new(
        Guid.NewGuid(), "Runner", "Bio", "Berlin", "DE", new DateOnly(1990, 5, 17), "female", 168.5, 61.2, 188, 48, ["running", "trailRunning"]);

    private ValidationResult Validate(UpdateProfile request) => _validator.Validate(request);

    private void Outcome(UpdateProfile request, string field, bool valid)
    {
        var result = Validate(request);
        if (valid)
        {
            result.IsValid.ShouldBeTrue(Fields(result));
        }
        else
        {
            result.Errors.Select(e => e.PropertyName.ToLowerInvariant()).Distinct().ShouldBe([field.ToLowerInvariant()], Fields(result));
        }
    }

    private static string Fields(ValidationResult result) => string.Join("; ", result.Errors.Select(e => $"{e.PropertyName}: {e.ErrorMessage}"));
}
