using System.Globalization;
using System.Resources;
using FitnessApp.Modules.Accounts.Contracts.Profiles;
using FitnessApp.Modules.Social.Pages.Shared;
using FitnessApp.Modules.Training.Contracts.Activities;
using Microsoft.Extensions.Localization;

namespace FitnessApp.Modules.Social.Tests.Shared;

public sealed class ActivityFormatTests
{
    public ActivityFormatTests() => CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

    [Fact]
    public void Given_a_10_km_run_in_48_20_When_shown_in_metric_Then_km_pace_per_km_and_metres()
    {
        var format = Format(UnitSystem.Metric);

        format.Distance(10_000).ShouldBe("10.00 km");
        format.Distance(12_345, decimals: 1).ShouldBe("12.3 km");
        format.PaceOrSpeed(Sport.Running, 10_000, 2900).ShouldBe("4:50 /km");
        format.Elevation(85.4).ShouldBe("85 m");
        ActivityFormat.Duration(2900).ShouldBe("48:20");
        ActivityFormat.Duration(3725).ShouldBe("1:02:05");
        ActivityFormat.Hours(2527).ShouldBe("0:42:07");
    }

    [Fact]
    public void Given_the_same_run_When_shown_in_imperial_Then_miles_pace_per_mile_and_feet()
    {
        var format = Format(UnitSystem.Imperial);

        format.Distance(10_000).ShouldBe("6.21 mi");
        format.PaceOrSpeed(Sport.Running, 10_000, 2900).ShouldBe("7:47 /mi");
        format.PaceOrSpeed("running", 10_000, 2900).ShouldBe("7:47 /mi");
        format.Elevation(85).ShouldBe("279 ft");
    }

    [Fact]
    public void Given_a_ride_a_swim_or_no_distance_When_shown_Then_speed_pace_per_100_or_a_dash()
    {
        var format = Format(UnitSystem.Metric);

        format.PaceOrSpeed(Sport.Cycling, 20_000, 3600).ShouldBe("20.0 km/h");
        format.PaceOrSpeed("poolSwimming", 1500, 1800).ShouldBe("2:00 /100 m");
        format.PaceOrSpeed(Sport.Strength, null, 3600).ShouldBe(ActivityFormat.Missing);
        format.Distance(null).ShouldBe(ActivityFormat.Missing);
        ActivityFormat.DurationOrMissing(null).ShouldBe(ActivityFormat.Missing);
        ActivityFormat.ShowsPace(Sport.OpenWaterSwimming).ShouldBeTrue();
        ActivityFormat.ShowsPace(Sport.Cycling).ShouldBeFalse();
    }

    [Fact]
    public void Given_sports_by_enum_or_wire_name_When_named_Then_the_resource_text_and_other_for_unknown_names()
    {
        var format = Format(UnitSystem.Metric);

        format.Sport(Sport.TrailRunning).ShouldBe("Trail running");
        format.Sport("trailRunning").ShouldBe("Trail running");
        format.Sport("kiteSurfing").ShouldBe("Other");
    }

    [Fact]
    public void Given_an_athlete_in_Berlin_When_times_are_shown_Then_local_time_and_back_to_the_instant()
    {
        var format = new ActivityFormat(UnitSystem.Metric, new Texts(), "Europe/Berlin");
        var utc = new DateTime(2026, 1, 15, 8, 0, 0, DateTimeKind.Utc);

        format.Local(utc).ShouldBe(new DateTime(2026, 1, 15, 9, 0, 0));
        format.Instant(new DateTime(2026, 7, 1, 9, 0, 0)).UtcDateTime.ShouldBe(new DateTime(2026, 7, 1, 7, 0, 0));
        ActivityFormat.InZone(utc, "No/Such_Zone").ShouldBe(utc);
    }

    private static ActivityFormat Format(UnitSystem units) => new(units, new Texts());

    /// <summary>The English texts of the real resource file.</summary>
    private sealed class Texts : IStringLocalizer<ActivityFormatText>
    {
        private static readonly ResourceManager Resources = new("FitnessApp.Modules.Social.Resources.Pages.Shared.ActivityFormatText", typeof(SocialModule).Assembly);

        public LocalizedString this[string name] =>
            Resources.GetString(name, CultureInfo.InvariantCulture) is { } text ? new(name, text) : new(name, name, resourceNotFound: true);

        public LocalizedString this[string name, params object[] arguments] => this[name];

        public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => [];
    }
}
