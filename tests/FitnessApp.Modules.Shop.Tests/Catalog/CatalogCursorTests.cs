using System.Buffers.Text;
using System.Text;
using FitnessApp.Modules.Shop.Catalog.Search;

namespace FitnessApp.Modules.Shop.Tests.Catalog;

public sealed class CatalogCursorTests
{
    private static readonly Guid Id = Guid.Parse("0193a2f4-0000-7000-8000-000000000001");

    [Fact]
    public void Given_APriceCursor_When_Encoded_Then_ItCarriesSortKeyAndId()
    {
        var encoded = new CatalogCursor(CatalogSort.PriceAsc, 1999, 0, Id).Encode();

        Encoding.UTF8.GetString(Base64Url.DecodeFromChars(encoded)).ShouldBe("priceAsc|1999|0193a2f4000070008000000000000001");
        CatalogCursor.TryDecode(encoded, out var decoded).ShouldBeTrue();
        decoded.ShouldBe(new CatalogCursor(CatalogSort.PriceAsc, 1999, 0, Id));
    }

    [Fact]
    public void Given_ARatingCursor_When_RoundTripped_Then_TheRatingIsExact()
    {
        var rating = 4.333333333333333;

        CatalogCursor.TryDecode(new CatalogCursor(CatalogSort.Rating, 0, rating, Id).Encode(), out var decoded).ShouldBeTrue();

        decoded.Rating.ShouldBe(rating);
        decoded.Sort.ShouldBe(CatalogSort.Rating);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not-a-cursor")]
    [InlineData("cHJpY2VBc2N8YWJjfDAxOTNhMmY0MDAwMDcwMDA4MDAwMDAwMDAwMDAwMDAx")]
    [InlineData("Y2hlYXBlc3R8MXwwMTkzYTJmNDAwMDA3MDAwODAwMDAwMDAwMDAwMDAwMQ")]
    public void Given_SomethingElse_When_Decoded_Then_ItIsRefused(string value) =>
        CatalogCursor.TryDecode(value, out _).ShouldBeFalse();

    [Theory]
    [InlineData(null, null, true)]
    [InlineData("priceAsc", "priceAsc", true)]
    [InlineData("priceAsc", "PriceAsc", true)]
    [InlineData("priceAsc", "rating", false)]
    [InlineData("newest", null, true)]
    [InlineData("newest", "priceDesc", false)]
    public void Given_ACursorOfASort_When_UsedWithASort_Then_OnlyTheSameSortAcceptsIt(string? cursorSort, string? requestSort, bool accepted)
    {
        var cursor = cursorSort is null ? null : new CatalogCursor(Enum.Parse<CatalogSort>(cursorSort, true), 5, 0, Id).Encode();

        CatalogParameters.IsCursorFor(cursor, requestSort).ShouldBe(accepted);
    }
}
