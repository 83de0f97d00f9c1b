using FitnessApp.Modules.Loyalty.Challenges.Domain;

namespace FitnessApp.Modules.Loyalty.Tests.Challenges;

public sealed class RankingTests
{
    private static readonly DateTime T = new(2026, 11, 10, 12, 0, 0, DateTimeKind.Utc);

    private static ChallengeParticipant P(string name, double progress, int progressMinute, int joinedMinute = 0) => new()
    {
        UserId = Guid.Parse($"00000000-0000-0000-0000-{name.GetHashCode(StringComparison.Ordinal) & 0xFFFF:x12}"),
        Progress = progress, ProgressAt = T.AddMinutes(progressMinute), JoinedAt = T.AddMinutes(joinedMinute - 1000),
    };

    [Fact]
    public void Given_progresses_When_ranking_Then_more_progress_ranks_first_even_beyond_the_goal()
    {
        var low = P("low", 5_000, 1);
        var high = P("high", 250_000, 9);
        var mid = P("mid", 20_000, 2);
        Ranking.Order([low, high, mid]).ShouldBe([high, mid, low]);
    }

    [Fact]
    public void Given_equal_progress_When_ranking_Then_who_reached_it_first_ranks_higher_whatever_the_join_order()
    {
        var late = P("late", 10_000, progressMinute: 30, joinedMinute: 0);
        var early = P("early", 10_000, progressMinute: 5, joinedMinute: 60);
        Ranking.Order([late, early]).ShouldBe([early, late]);
    }

    [Fact]
    public void Given_equal_progress_at_the_same_instant_When_ranking_Then_who_joined_first_ranks_higher()
    {
        var second = P("second", 10_000, 5, joinedMinute: 20);
        var first = P("first", 10_000, 5, joinedMinute: 10);
        Ranking.Order([second, first]).ShouldBe([first, second]);
    }

    [Fact]
    public void Given_a_participant_When_counting_those_ahead_Then_it_matches_the_order()
    {
        var all = new List<ChallengeParticipant> { P("a", 9_000, 1), P("b", 10_000, 7), P("c", 10_000, 3), P("d", 1_000, 0) };
        var ordered = Ranking.Order(all);
        foreach (var participant in all)
        {
            var ahead = Ranking.Ahead(all.AsQueryable(), participant).Count();
            ordered[ahead].ShouldBeSameAs(participant);
        }
    }
}
