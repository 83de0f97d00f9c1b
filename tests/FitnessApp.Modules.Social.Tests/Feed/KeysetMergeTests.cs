using FitnessApp.Modules.Social.Feed.GetFeed;

namespace FitnessApp.Modules.Social.Tests.Feed;

public sealed class KeysetMergeTests
{
    private static readonly DateTime Noon = new(2026, 11, 21, 12, 0, 0, DateTimeKind.Utc);

    private static (DateTime At, Guid Id) Item(int minutes, string id) => (Noon.AddMinutes(minutes), Guid.Parse(id));

    [Fact]
    public void Given_two_newest_first_streams_When_merged_Then_one_newest_first_stream_with_ties_broken_by_id_descending()
    {
        var a = Item(10, "00000000-0000-0000-0000-00000000000a");
        var b = Item(5, "00000000-0000-0000-0000-00000000000b");
        var c = Item(5, "00000000-0000-0000-0000-00000000000c");
        var d = Item(1, "00000000-0000-0000-0000-00000000000d");
        var e = Item(7, "00000000-0000-0000-0000-00000000000e");

        var merged = KeysetMerge.Merge([a, b, d], [e, c], x => x, 10);

        merged.ShouldBe([a, e, c, b, d]);
    }

    [Fact]
    public void Given_an_item_in_both_streams_When_merged_Then_it_appears_once()
    {
        var a = Item(10, "00000000-0000-0000-0000-00000000000a");
        var b = Item(5, "00000000-0000-0000-0000-00000000000b");

        KeysetMerge.Merge([a, b], [a], x => x, 10).ShouldBe([a, b]);
    }

    [Fact]
    public void Given_more_items_than_asked_When_merged_Then_only_the_newest_are_taken()
    {
        var items = Enumerable.Range(0, 6).Select(i => Item(i, $"00000000-0000-0000-0000-00000000000{i}")).ToList();

        var merged = KeysetMerge.Merge([items[5], items[3], items[1]], [items[4], items[2], items[0]], x => x, 4);

        merged.ShouldBe([items[5], items[4], items[3], items[2]]);
    }

    [Fact]
    public void Given_ids_differing_in_the_first_group_When_compared_Then_the_order_is_the_text_order_databases_use()
    {
        var low = Guid.Parse("7fffffff-0000-0000-0000-000000000000");
        var high = Guid.Parse("80000000-0000-0000-0000-000000000000");

        KeysetMerge.Compare((Noon, high), (Noon, low)).ShouldBePositive();
        string.CompareOrdinal(high.ToString(), low.ToString()).ShouldBePositive();
    }
}
