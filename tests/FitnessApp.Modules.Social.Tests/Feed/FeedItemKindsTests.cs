using FitnessApp.Modules.Social.Feed;
using FitnessApp.Modules.Social.Feed.GetFeed;

namespace FitnessApp.Modules.Social.Tests.Feed;

public sealed class FeedItemKindsTests
{
    [Theory]
    [InlineData("Activity", false, "activity")]
    [InlineData("Achievement", false, "achievement")]
    [InlineData("GroupPost", false, "groupPost")]
    [InlineData("GroupPost", true, "groupEvent")]
    public void Given_a_post_When_named_on_the_wire_Then_an_event_announcement_is_a_group_event(string kind, bool isEvent, string expected) =>
        FeedItemKinds.Of(Enum.Parse<FeedPostKind>(kind), isEvent).ShouldBe(expected);

    [Theory]
    [InlineData("ru", "Первые 10 км")]
    [InlineData("ru-RU", "Первые 10 км")]
    [InlineData("en", "First 10 km")]
    [InlineData(null, "First 10 km")]
    [InlineData("de", "First 10 km")]
    public void Given_an_achievement_When_named_for_a_viewer_Then_russian_for_russian_readers_else_english(string? language, string expected) =>
        FeedItemKinds.NameIn(language, "First 10 km", "Первые 10 км").ShouldBe(expected);

    [Fact]
    public void Given_no_russian_name_When_named_for_a_russian_reader_Then_english() =>
        FeedItemKinds.NameIn("ru", "First 10 km", null).ShouldBe("First 10 km");
}
