using FitnessApp.Modules.Shop.Catalog.Search;
using FitnessApp.Modules.Training.Contracts.Activities;

namespace FitnessApp.Modules.Shop.Tests.Catalog;

public sealed class CatalogParametersTests
{
    [Theory]
    [InlineData(null, true, null)]
    [InlineData("", true, null)]
    [InlineData("12", true, 1200L)]
    [InlineData("12.5", true, 1250L)]
    [InlineData("0.01", true, 1L)]
    [InlineData("12.345", false, null)]
    [InlineData("-3", false, null)]
    [InlineData("1e3", false, null)]
    [InlineData("abc", false, null)]
    public void Given_AnAmountText_When_Parsed_Then_ItIsWholeCentsOrRefused(string? text, bool ok, long? minor)
    {
        CatalogParameters.TryAmount(text, out var parsed).ShouldBe(ok);
        if (ok)
        {
            parsed.ShouldBe(minor);
        }
    }

    [Theory]
    [InlineData(null, true, 24)]
    [InlineData("1", true, 1)]
    [InlineData("100", true, 100)]
    [InlineData("0", false, 0)]
    [InlineData("101", false, 101)]
    [InlineData("-1", false, 0)]
    public void Given_ALimitText_When_Parsed_Then_OneToAHundred(string? text, bool ok, int limit)
    {
        CatalogParameters.TryLimit(text, out var parsed).ShouldBe(ok);
        if (ok)
        {
            parsed.ShouldBe(limit);
        }
    }

    [Fact]
    public void Given_SortAndSportNames_When_Parsed_Then_CamelCaseNamesAreKnownAndOthersRefused()
    {
        CatalogParameters.TrySort("priceDesc", out var sort).ShouldBeTrue();
        sort.ShouldBe(CatalogSort.PriceDesc);
        CatalogParameters.TrySort(null, out sort).ShouldBeTrue();
        sort.ShouldBe(CatalogSort.Newest);
        CatalogParameters.TrySort("1", out _).ShouldBeFalse();
        CatalogParameters.TrySport("trailRunning", out var sport).ShouldBeTrue();
        sport.ShouldBe(Sport.TrailRunning);
        CatalogParameters.TrySport("chess", out _).ShouldBeFalse();
        CatalogParameters.TryRating("4.5", out var rating).ShouldBeTrue();
        rating.ShouldBe(4.5);
        CatalogParameters.TryRating("5.1", out _).ShouldBeFalse();
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("  ", null)]
    [InlineData(" Trail Shoe ", "%trail shoe%")]
    [InlineData("100%", "%100\\%%")]
    [InlineData("a_b", "%a\\_b%")]
    [InlineData("КРОСС", "%кросс%")]
    public void Given_WhatACustomerTyped_When_MadeAPattern_Then_ItIsLowerCasedAndWildcardsAreEscaped(string? query, string? pattern) =>
        SearchPattern.Of(query).ShouldBe(pattern);
}
