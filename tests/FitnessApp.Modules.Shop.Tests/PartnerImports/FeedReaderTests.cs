using System.Text;
using FitnessApp.Modules.Shop.Catalog.PartnerImports.Importing;

namespace FitnessApp.Modules.Shop.Tests.PartnerImports;

public sealed class FeedReaderTests
{
    private static Stream Text(string text) => new MemoryStream(Encoding.UTF8.GetBytes(text));

    private static async Task<List<RawFeedRow>> CsvAsync(string text)
    {
        var rows = new List<RawFeedRow>();
        await foreach (var row in CsvFeedReader.ReadAsync(Text(text), CancellationToken.None))
        {
            rows.Add(row);
        }

        return rows;
    }

    private static async Task<List<RawFeedRow>> JsonAsync(string text)
    {
        var rows = new List<RawFeedRow>();
        await foreach (var row in JsonFeedReader.ReadAsync(Text(text), CancellationToken.None))
        {
            rows.Add(row);
        }

        return rows;
    }

    [Fact]
    public async Task Given_QuotedFieldsWithCommasQuotesAndLineBreaks_When_ReadAsCsv_Then_EachFieldKeepsItsText()
    {
        var rows = await CsvAsync("ExternalId,SKU,name_en,sports\r\np1,S-1,\"Shoe, \"\"fast\"\"\nmodel\",running|hiking\r\n\r\np2,S-2,Plain,\n");

        rows.Count.ShouldBe(2);
        rows[0].Row.ShouldBe(1);
        rows[0][FeedFields.ExternalId].ShouldBe("p1");
        rows[0][FeedFields.Sku].ShouldBe("S-1");
        rows[0][FeedFields.NameEn].ShouldBe("Shoe, \"fast\"\nmodel");
        rows[0].Sports.ShouldBe(["running", "hiking"]);
        rows[0].Error.ShouldBeNull();
        rows[1].Row.ShouldBe(2);
        rows[1][FeedFields.NameEn].ShouldBe("Plain");
        rows[1].Sports.ShouldBeEmpty();
    }

    [Fact]
    public async Task Given_ARowWithTooFewFields_When_ReadAsCsv_Then_ItCarriesTheError()
    {
        var rows = await CsvAsync("externalId,sku,price\np1,S-1\n");

        rows.Single().Error.ShouldBe("expected 3 fields, found 2");
    }

    [Fact]
    public async Task Given_NoHeaderColumnsForIdAndSku_When_ReadAsCsv_Then_TheFileIsRefused() =>
        await Should.ThrowAsync<FeedFormatException>(() => CsvAsync("name,price\na,1\n"));

    [Fact]
    public async Task Given_AnUnclosedQuote_When_ReadAsCsv_Then_TheFileIsRefused() =>
        await Should.ThrowAsync<FeedFormatException>(() => CsvAsync("externalId,sku\np1,\"S-1\n"));

    [Fact]
    public async Task Given_AnArrayOfObjects_When_ReadAsJson_Then_NumbersAndSportsArraysBecomeText()
    {
        var rows = await JsonAsync("""[{"externalId":"p1","SKU":"S-1","price":12.5,"stock":3,"sports":["running","cycling"]},{"externalId":"p2","sku":"S-2","sports":"yoga|strength"}, 7]""");

        rows.Count.ShouldBe(3);
        rows[0][FeedFields.Price].ShouldBe("12.5");
        rows[0][FeedFields.Stock].ShouldBe("3");
        rows[0][FeedFields.Sku].ShouldBe("S-1");
        rows[0].Sports.ShouldBe(["running", "cycling"]);
        rows[1].Sports.ShouldBe(["yoga", "strength"]);
        rows[2].Row.ShouldBe(3);
        rows[2].Error.ShouldBe("not a JSON object");
    }

    [Fact]
    public async Task Given_BrokenJson_When_Read_Then_TheFileIsRefused() =>
        await Should.ThrowAsync<FeedFormatException>(() => JsonAsync("""[{"externalId":"p1",}"""));
}
