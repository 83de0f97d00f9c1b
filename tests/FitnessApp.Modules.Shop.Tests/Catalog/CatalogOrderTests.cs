using FitnessApp.Modules.Shop.Catalog.Search;
using FitnessApp.Modules.Shop.Domain;

namespace FitnessApp.Modules.Shop.Tests.Catalog;

/// <summary>Walking every sort page by page with the cursors gives each product once, in the sort's order (ties by id).</summary>
public sealed class CatalogOrderTests
{
    private static readonly DateTime Start = new(2026, 11, 1, 0, 0, 0, DateTimeKind.Utc);

    private static readonly List<Product> Products =
    [
        Make(1, 500, 4.5, 0),
        Make(2, 300, 4.5, 1),
        Make(3, 300, 3.0, 1),
        Make(4, 900, 5.0, 2),
        Make(5, 100, 3.0, 3),
        Make(6, 300, 0.0, 3),
    ];

    [Theory]
    [InlineData("PriceAsc", new[] { 5, 2, 3, 6, 1, 4 })]
    [InlineData("PriceDesc", new[] { 4, 1, 6, 3, 2, 5 })]
    [InlineData("Rating", new[] { 4, 2, 1, 5, 3, 6 })]
    [InlineData("Newest", new[] { 6, 5, 4, 3, 2, 1 })]
    public void Given_SixProducts_When_PagedTwoAtATime_Then_TheOrderIsKnown(string sortName, int[] expected)
    {
        var sort = Enum.Parse<CatalogSort>(sortName);
        var seen = new List<int>();
        CatalogCursor? cursor = null;
        for (var guard = 0; guard < 10; guard++)
        {
            var page = CatalogQuery.Order(CatalogQuery.After(Products.AsQueryable(), sort, cursor), sort).Take(2).ToList();
            seen.AddRange(page.Select(Number));
            if (page.Count < 2)
            {
                break;
            }

            var last = page[^1];
            cursor = new CatalogCursor(sort, CatalogQuery.KeyOf(sort, last.CreatedAt, last.PriceFromMinor), last.RatingAverage, last.Id);
        }

        seen.ShouldBe(expected);
    }

    private static int Number(Product product) => product.Id.ToByteArray()[15];

    private static Product Make(int number, long price, double rating, int day)
    {
        var bytes = new byte[16];
        bytes[15] = (byte)number;
        return new Product
        {
            Id = new Guid(bytes), Slug = $"p{number}", NameEn = "n", NameRu = "n", Brand = "b", Status = ProductStatus.Active,
            PriceFromMinor = price, RatingAverage = rating, CreatedAt = Start.AddDays(day),
        };
    }
}
