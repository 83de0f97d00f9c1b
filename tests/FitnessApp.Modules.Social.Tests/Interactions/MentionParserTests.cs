using FitnessApp.Modules.Social.Interactions.Mentions;

namespace FitnessApp.Modules.Social.Tests.Interactions;

public sealed class MentionParserTests
{
    private static readonly Guid Anna = Guid.Parse("00000000-0000-0000-0000-00000000000a");
    private static readonly Guid AnnaPetrova = Guid.Parse("00000000-0000-0000-0000-0000000000a2");
    private static readonly Guid Mark = Guid.Parse("00000000-0000-0000-0000-00000000000b");

    private static readonly MentionCandidate[] Candidates =
    [
        new(Anna, "Anna"),
        new(AnnaPetrova, "Anna Petrova"),
        new(Mark, "Mark"),
    ];

    [Fact]
    public void Given_a_single_word_name_When_parsing_Then_the_mention_covers_the_at_sign_and_the_name()
    {
        var matches = MentionParser.Find("Well done @Mark!", Candidates);

        matches.ShouldBe([new MentionMatch(Mark, "Mark", 10, 5)]);
    }

    [Fact]
    public void Given_a_name_with_a_space_When_parsing_Then_the_longest_known_name_wins()
    {
        var matches = MentionParser.Find("@Anna Petrova and @Anna", Candidates);

        matches.Select(m => (m.AthleteId, m.Start, m.Length)).ShouldBe([(AnnaPetrova, 0, 13), (Anna, 18, 5)]);
    }

    [Fact]
    public void Given_another_case_When_parsing_Then_the_name_matches_case_insensitively()
    {
        MentionParser.Find("thanks @mark", Candidates).Single().AthleteId.ShouldBe(Mark);
    }

    [Theory]
    [InlineData("write to anna@Mark.com")]
    [InlineData("@Markus ran too")]
    [InlineData("@ Mark")]
    [InlineData("@Nobody here")]
    [InlineData("no mentions at all")]
    public void Given_no_mention_at_a_word_boundary_When_parsing_Then_nothing_is_found(string text)
    {
        MentionParser.Find(text, Candidates).ShouldBeEmpty();
    }

    [Fact]
    public void Given_a_name_followed_by_punctuation_When_parsing_Then_it_is_a_mention()
    {
        MentionParser.Find("(@Mark), @Anna.", Candidates).Select(m => m.AthleteId).ShouldBe([Mark, Anna]);
    }

    [Fact]
    public void Given_repeated_mentions_When_listing_the_athletes_Then_each_once_in_order_and_at_most_the_limit()
    {
        var matches = MentionParser.Find("@Mark @Anna @Mark @Anna Petrova", Candidates);

        MentionParser.Athletes(matches, max: 10).ShouldBe([Mark, Anna, AnnaPetrova]);
        MentionParser.Athletes(matches, max: 2).ShouldBe([Mark, Anna]);
    }

    [Fact]
    public void Given_mentions_When_splitting_into_segments_Then_text_and_mentions_alternate_and_join_back_to_the_text()
    {
        const string text = "Hi @Mark, see @Anna Petrova soon";
        var segments = MentionParser.Segments(text, MentionParser.Find(text, Candidates));

        segments.ShouldBe(
        [
            new CommentSegment("Hi ", null),
            new CommentSegment("@Mark", Mark),
            new CommentSegment(", see ", null),
            new CommentSegment("@Anna Petrova", AnnaPetrova),
            new CommentSegment(" soon", null),
        ]);
        string.Concat(segments.Select(s => s.Text)).ShouldBe(text);
    }

    [Fact]
    public void Given_no_candidates_When_parsing_Then_nothing_is_found()
    {
        MentionParser.Find("@Mark", []).ShouldBeEmpty();
    }
}
