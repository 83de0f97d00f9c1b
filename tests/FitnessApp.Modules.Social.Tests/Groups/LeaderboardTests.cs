using FitnessApp.Modules.Social.Groups.Domain;
using FitnessApp.Modules.Training.Contracts.Activities;

namespace FitnessApp.Modules.Social.Tests.Groups;

public sealed class LeaderboardTests
{
    private static readonly Guid Anna = Guid.Parse("00000000-0000-0000-0000-00000000000a");
    private static readonly Guid Boris = Guid.Parse("00000000-0000-0000-0000-00000000000b");
    private static readonly Guid Clara = Guid.Parse("00000000-0000-0000-0000-00000000000c");

    private static readonly LeaderboardMember[] Members =
    [
        new(Clara, new DateTime(2026, 1, 3, 0, 0, 0, DateTimeKind.Utc)),
        new(Anna, new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc)),
        new(Boris, new DateTime(2026, 1, 2, 0, 0, 0, DateTimeKind.Utc)),
    ];

    [Fact]
    public void Given_distances_When_ranked_by_distance_Then_highest_first_with_ranks_from_one()
    {
        var places = Leaderboard.Rank(Members, [new(Anna, 5000, 1800, 1), new(Boris, 21100, 7200, 2), new(Clara, 10000, 3000, 1)], LeaderboardMetric.Distance);

        places.Select(p => (p.Rank, p.UserId)).ShouldBe([(1, Boris), (2, Clara), (3, Anna)]);
    }

    [Fact]
    public void Given_moving_times_When_ranked_by_time_Then_the_distance_does_not_matter()
    {
        var places = Leaderboard.Rank(Members, [new(Anna, 5000, 9000, 1), new(Boris, 21100, 7200, 2), new(Clara, 10000, 3000, 1)], LeaderboardMetric.Time);

        places.Select(p => p.UserId).ShouldBe([Anna, Boris, Clara]);
        places[0].MovingSeconds.ShouldBe(9000);
    }

    [Fact]
    public void Given_a_tie_When_ranked_Then_the_earlier_member_goes_first()
    {
        var places = Leaderboard.Rank(Members, [new(Clara, 8000, 2400, 1), new(Boris, 8000, 2500, 1)], LeaderboardMetric.Distance);

        places.Select(p => p.UserId).ShouldBe([Boris, Clara, Anna]);
        places[2].DistanceMeters.ShouldBe(0, "a member without activities is ranked with zeros");
        places[2].Count.ShouldBe(0);
    }

    [Theory]
    [InlineData("2026-11-16", "2026-11-16")]
    [InlineData("2026-11-18", "2026-11-16")]
    [InlineData("2026-11-22", "2026-11-16")]
    [InlineData("2026-11-23", "2026-11-23")]
    [InlineData("2027-01-01", "2026-12-28")]
    public void Given_a_day_When_its_week_is_taken_Then_the_Monday_of_that_week(string day, string monday) =>
        Leaderboard.WeekOf(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture))
            .ShouldBe(DateOnly.Parse(monday, System.Globalization.CultureInfo.InvariantCulture));

    [Fact]
    public void Given_a_Monday_When_the_range_is_taken_Then_seven_days_from_midnight_UTC_end_exclusive()
    {
        var (from, to) = Leaderboard.Range(new DateOnly(2026, 11, 16));

        from.ShouldBe(new DateTime(2026, 11, 16, 0, 0, 0, DateTimeKind.Utc));
        from.Kind.ShouldBe(DateTimeKind.Utc);
        to.ShouldBe(new DateTime(2026, 11, 23, 0, 0, 0, DateTimeKind.Utc));
    }

    [Fact]
    public void Given_totals_of_a_non_member_When_ranked_Then_they_are_ignored()
    {
        var places = Leaderboard.Rank([Members[1]], [new TrainingTotals(Boris, 99999, 99999, 9), new TrainingTotals(Anna, 1, 1, 1)], LeaderboardMetric.Distance);

        places.Select(p => p.UserId).ShouldBe([Anna]);
    }
}
