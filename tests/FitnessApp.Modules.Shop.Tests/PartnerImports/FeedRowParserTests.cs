using FitnessApp.Modules.Shop.Catalog.PartnerImports.Importing;
using FitnessApp.Modules.Shop.Domain;
using FitnessApp.Modules.Training.Contracts.Activities;

namespace FitnessApp.Modules.Shop.Tests.PartnerImports;

public sealed class FeedRowParserTests
{
    private static readonly Guid Shoes = Guid.NewGuid();
    private static readonly Guid Fallback = Guid.NewGuid();

    private static RawFeedRow Row(Action<Dictionary<string, string?>>? change = null, params string[] sports)
    {
        var fields = new Dictionary<string, string?>
        {
            ["externalid"] = "p1",
            ["sku"] = "S-1",
            ["name_en"] = "Trail shoe",
            ["name_ru"] = "Кроссовки",
            ["brand"] = "Acme",
            ["category"] = "shoes",
            ["size"] = "42",
            ["colour"] = "red",
            ["price"] = "89.90",
            ["stock"] = "5",
        };
        change?.Invoke(fields);
        return new RawFeedRow(7, fields, sports);
    }

    private static FeedRowParser Parser(Guid? fallback = null) => new(new Dictionary<string, Guid> { ["shoes"] = Shoes }, fallback);

    [Fact]
    public void Given_AValidRow_When_Parsed_Then_TheVariantHasCentsStockSportsAndCategory()
    {
        var (variant, rejected) = Parser().Parse(Row(null, "running", "trailRunning", "running"));

        rejected.ShouldBeNull();
        variant.ShouldNotBeNull();
        variant.PriceMinor.ShouldBe(8990);
        variant.Stock.ShouldBe(5);
        variant.CategoryId.ShouldBe(Shoes);
        variant.Sports.ShouldBe([Sport.Running, Sport.TrailRunning]);
        variant.Status.ShouldBe(ProductStatus.Active);
        variant.Size.ShouldBe("42");
    }

    [Theory]
    [InlineData("12", 1200L)]
    [InlineData("0.01", 1L)]
    [InlineData(" 49.9 ", 4990L)]
    [InlineData("1000000", 100000000L)]
    public void Given_APriceWithAtMostTwoPlaces_When_Parsed_Then_ItIsWholeCents(string text, long minor) =>
        FeedRowParser.ParsePrice(text).ShouldBe(minor);

    [Theory]
    [InlineData("12.345")]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("12,50")]
    [InlineData("1e3")]
    [InlineData("1000000.01")]
    [InlineData("abc")]
    public void Given_ABadPrice_When_Parsed_Then_TheRowIsRejectedNamingThePrice(string text)
    {
        FeedRowParser.ParsePrice(text).ShouldBeNull();
        var (_, rejected) = Parser().Parse(Row(f => f["price"] = text));
        rejected.ShouldNotBeNull();
        rejected.Reason.ShouldStartWith($"bad price '{text}'");
        rejected.Row.ShouldBe(7);
        rejected.ExternalId.ShouldBe("p1");
        rejected.Sku.ShouldBe("S-1");
    }

    [Theory]
    [InlineData("name_en", "name_en is required")]
    [InlineData("brand", "brand is required")]
    [InlineData("price", "price is required")]
    [InlineData("stock", "stock is required")]
    [InlineData("externalid", "externalId is required")]
    [InlineData("sku", "sku is required")]
    public void Given_AMissingField_When_Parsed_Then_TheReasonNamesIt(string field, string reason) =>
        Parser().Parse(Row(f => f[field] = " ")).Rejected!.Reason.ShouldBe(reason);

    [Theory]
    [InlineData("stock", "-1", "bad stock '-1': a whole number from 0 to 1000000")]
    [InlineData("stock", "2.5", "bad stock '2.5': a whole number from 0 to 1000000")]
    [InlineData("category", "hats", "unknown category 'hats'")]
    [InlineData("status", "sold", "bad status 'sold': one of draft, active, archived")]
    public void Given_ABadValue_When_Parsed_Then_TheReasonSaysWhy(string field, string value, string reason) =>
        Parser().Parse(Row(f => f[field] = value)).Rejected!.Reason.ShouldBe(reason);

    [Fact]
    public void Given_AnUnknownSport_When_Parsed_Then_TheRowIsRejected() =>
        Parser().Parse(Row(null, "running", "quidditch")).Rejected!.Reason.ShouldBe("unknown sport 'quidditch'");

    [Fact]
    public void Given_NoCategory_When_TheFeedHasADefault_Then_ItIsUsed_Otherwise_TheRowIsRejected()
    {
        Parser(Fallback).Parse(Row(f => f.Remove("category"))).Variant!.CategoryId.ShouldBe(Fallback);
        Parser().Parse(Row(f => f.Remove("category"))).Rejected!.Reason.ShouldBe("category is missing and the feed has no default category");
    }

    [Fact]
    public void Given_ANameLongerThanTheColumn_When_Parsed_Then_TheRowIsRejected() =>
        Parser().Parse(Row(f => f["name_en"] = new string('x', Product.NameMaxLength + 1))).Rejected!.Reason.ShouldBe("name_en is longer than 200 characters");

    [Theory]
    [InlineData("acme", "TR-1/42", "acme-tr-1-42")]
    [InlineData("acme", "  Ünïcode  Shoe ", "acme-n-code-shoe")]
    public void Given_ACodeAndAnExternalId_When_Slugged_Then_LowerCaseLettersDigitsAndDashes(string code, string externalId, string slug) =>
        PartnerImporter.Slug(code, externalId).ShouldBe(slug);
}
