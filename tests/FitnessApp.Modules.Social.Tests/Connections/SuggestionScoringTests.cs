using FitnessApp.Modules.Social.Connections.SuggestAthletes;

namespace FitnessApp.Modules.Social.Tests.Connections;

public sealed class SuggestionScoringTests
{
    private static readonly string[] MySports = ["running", "cycling", "yoga"];

    private static SuggestionCandidate Candidate(string name, string? city, int mutual, params string[] sports) =>
        new(new Guid($"00000000-0000-0000-0000-{(int)name[0]:D12}"), name, null, city, sports, mutual);

    [Fact]
    public void Given_two_shared_sports_the_same_city_and_three_mutual_follows_When_scoring_Then_3_times_2_plus_2_plus_3()
    {
        var suggestion = SuggestionScoring.Score("Berlin", MySports, Candidate("Ann", " berlin ", 3, "cycling", "running", "hiking"));

        suggestion.Score.ShouldBe(11);
        suggestion.SharedSports.ShouldBe(["cycling", "running"]);
        suggestion.SameCity.ShouldBeTrue();
        suggestion.MutualFollows.ShouldBe(3);
    }

    [Fact]
    public void Given_nine_mutual_follows_When_scoring_Then_only_five_count()
    {
        SuggestionScoring.Score(null, MySports, Candidate("Bob", "Berlin", 9)).Score.ShouldBe(5);
    }

    [Fact]
    public void Given_no_city_on_either_side_When_scoring_Then_no_city_points()
    {
        SuggestionScoring.Score(null, MySports, Candidate("Cy", null, 0, "yoga")).Score.ShouldBe(3);
        SuggestionScoring.Score("Rome", MySports, Candidate("Cy", null, 0, "yoga")).Score.ShouldBe(3);
    }

    [Fact]
    public void Given_candidates_When_ranking_Then_score_then_mutual_follows_then_name_and_nothing_in_common_is_left_out()
    {
        var candidates = new[]
        {
            Candidate("Dora", "Rome", 0, "running"),          // 3
            Candidate("Eve", "Berlin", 1),                      // 2 + 1 = 3, one mutual
            Candidate("Abe", "Rome", 0, "yoga"),               // 3
            Candidate("Fay", "Rome", 0, "rowing"),             // 0: left out
            Candidate("Gus", "Berlin", 0, "running", "yoga"),  // 6 + 2 = 8
        };

        var ranked = SuggestionScoring.Rank("Berlin", MySports, candidates, 10);

        ranked.Select(s => (s.DisplayName, s.Score)).ShouldBe([("Gus", 8), ("Eve", 3), ("Abe", 3), ("Dora", 3)]);
        SuggestionScoring.Rank("Berlin", MySports, candidates, 2).Select(s => s.DisplayName).ShouldBe(["Gus", "Eve"]);
    }
}
