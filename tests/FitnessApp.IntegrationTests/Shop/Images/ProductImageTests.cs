using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using FitnessApp.IntegrationTests.Infrastructure;
using FitnessApp.IntegrationTests.Shop.Catalog;
using FitnessApp.Modules.Shared.Imaging;

namespace FitnessApp.IntegrationTests.Shop.Images;

/// <summary>Operators upload product images, which are checked, resized and re-encoded; anyone reads those of products on sale.</summary>
public abstract class ProductImageTests(ProductImagesApp app)
{
    [Theory]
    [InlineData("jpeg", "image/jpeg")]
    [InlineData("png", "image/png")]
    public async Task Given_ALargeUpload_When_Served_Then_ReEncodedAsWebpWithin1200AndA400Thumbnail(string format, string declared)
    {
        var (op, product) = await ProductAsync();
        var upload = ProductImagesApi.Picture(format, 2400, 1600);

        var response = await op.UploadImageAsync(product, upload, "photo." + format, declared);

        var created = await response.ReadOkAsync(HttpStatusCode.Created);
        created.GetProperty("width").GetInt32().ShouldBe(1200);
        created.GetProperty("height").GetInt32().ShouldBe(800);
        created.GetProperty("contentType").GetString().ShouldBe("image/webp");
        var anonymous = app.CreateClient();
        var full = await anonymous.GetAsync(created.GetProperty("url").GetString());
        full.StatusCode.ShouldBe(HttpStatusCode.OK);
        full.Content.Headers.ContentType!.MediaType.ShouldBe("image/webp");
        full.Headers.GetValues("X-Content-Type-Options").ShouldBe(["nosniff"]);
        full.Headers.CacheControl!.Public.ShouldBeTrue();
        full.Headers.CacheControl.MaxAge.ShouldBe(TimeSpan.FromDays(365));
        full.Headers.CacheControl.Extensions.ShouldContain(e => e.Name == "immutable");
        full.Headers.ETag!.IsWeak.ShouldBeFalse();
        var bytes = await full.Content.ReadAsByteArrayAsync();
        ProductImagesApi.Decode(bytes).ShouldBe((ImageFormat.Webp, 1200, 800));
        bytes.ShouldNotBe(upload);
        var thumbnail = await anonymous.GetByteArrayAsync(created.GetProperty("thumbnailUrl").GetString());
        ProductImagesApi.Decode(thumbnail).ShouldBe((ImageFormat.Webp, 400, 267));
        thumbnail.Length.ShouldBeLessThan(bytes.Length);
    }

    [Fact]
    public async Task Given_AJpegWithExifAndTrailingScript_When_Served_Then_TurnedUprightAndNothingOfTheUploadComesBack()
    {
        var (op, product) = await ProductAsync();
        byte[] upload = [.. ProductImagesApi.JpegWithExif(300, 150, orientation: 6), .. "<script>alert(1)</script>"u8];

        var created = await (await op.UploadImageAsync(product, upload)).ReadOkAsync(HttpStatusCode.Created);

        var served = await app.CreateClient().GetByteArrayAsync(created.GetProperty("url").GetString());
        ProductImagesApi.Decode(served).ShouldBe((ImageFormat.Webp, 150, 300));
        var text = Encoding.ASCII.GetString(served);
        text.ShouldNotContain("Exif");
        text.ShouldNotContain(ProductImagesApi.Secret);
        text.ShouldNotContain("<script");
    }

    [Theory]
    [InlineData("not an image at all, just text", "text/plain", "not a known image type")]
    [InlineData("<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>", "image/svg+xml", "SVG")]
    [InlineData("GIF89a\u0001\u0000\u0001\u0000 gif named jpg", "image/jpeg", "GIF")]
    public async Task Given_NotAJpegPngOrWebp_When_Uploading_Then_415NamesWhatItIsAndNothingIsStored(string content, string declared, string named)
    {
        var (op, product) = await ProductAsync();

        var response = await op.UploadImageAsync(product, Encoding.UTF8.GetBytes(content), "photo.jpg", declared);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.UnsupportedMediaType);
        problem.GetProperty("detail").GetString()!.ShouldContain(named);
        (await ImageIdsAsync(op, product)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Given_APdfWithAJpegInside_When_Uploading_Then_415()
    {
        var (op, product) = await ProductAsync();
        byte[] polyglot = [.. "%PDF-1.4\n1 0 obj\n"u8, .. ProductImagesApi.Picture("jpeg", 100, 100)];

        var response = await op.UploadImageAsync(product, polyglot);

        (await response.ShouldBeProblemAsync(HttpStatusCode.UnsupportedMediaType)).GetProperty("detail").GetString()!.ShouldContain("PDF");
    }

    [Fact]
    public async Task Given_AFileOverTheLimit_When_Uploading_Then_413()
    {
        var (op, product) = await ProductAsync();
        var big = new byte[ProductImagesApp.MaxUploadBytes + 1];
        Random.Shared.NextBytes(big);
        big[0] = 0xFF;
        big[1] = 0xD8;
        big[2] = 0xFF;

        var response = await op.UploadImageAsync(product, big);

        await response.ShouldBeProblemAsync(HttpStatusCode.RequestEntityTooLarge);
        (await ImageIdsAsync(op, product)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Given_ATinyPictureOrAValidHeaderWithGarbage_When_Uploading_Then_400NamingFile()
    {
        var (op, product) = await ProductAsync();
        var png = ProductImagesApi.Picture("png", 200, 200);

        var tooSmall = await op.UploadImageAsync(product, ProductImagesApi.Picture("png", 20, 20), "a.png", "image/png");
        var broken = await op.UploadImageAsync(product, [.. png[..33], .. new byte[200]], "b.png", "image/png");

        (await tooSmall.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("file", out _).ShouldBeTrue();
        (await broken.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("file", out _).ShouldBeTrue();
    }

    [Fact]
    public async Task Given_AnAthleteOrAnonymous_When_CallingTheOperatorsImageEndpoints_Then_403Or401()
    {
        var (op, product) = await ProductAsync();
        var image = await op.UploadOkAsync(product);
        var athlete = await app.CreateAthleteClientAsync();
        var anonymous = app.CreateClient();
        var calls = new Func<HttpClient, Task<HttpResponseMessage>>[]
        {
            c => c.UploadImageAsync(product, ProductImagesApi.Picture("jpeg", 100, 100)),
            c => c.GetAsync(ProductImagesApi.Images(product)),
            c => c.DeleteAsync($"{ProductImagesApi.Images(product)}/{image}"),
            c => c.PutAsJsonAsync($"{ProductImagesApi.Images(product)}/order", new { imageIds = new[] { image } }),
        };

        foreach (var call in calls)
        {
            (await call(athlete)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
            (await call(anonymous)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        }

        (await ImageIdsAsync(op, product)).ShouldBe([image]);
    }

    [Fact]
    public async Task Given_AServedImage_When_AskedAgainWithItsETag_Then_304WithoutBody()
    {
        var (op, product) = await ProductAsync();
        var image = await op.UploadOkAsync(product);
        var anonymous = app.CreateClient();
        var first = await anonymous.GetAsync($"/api/v1/shop/images/{image}");
        var etag = first.Headers.ETag!;

        var again = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/shop/images/{image}");
        again.Headers.IfNoneMatch.Add(etag);
        var second = await anonymous.SendAsync(again);
        var other = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/shop/images/{image}");
        other.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"something-else\""));
        var third = await anonymous.SendAsync(other);

        second.StatusCode.ShouldBe(HttpStatusCode.NotModified);
        (await second.Content.ReadAsByteArrayAsync()).ShouldBeEmpty();
        third.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Given_ADraftProduct_When_ItsImageIsAsked_Then_404ForAthletesAndAnonymous_AndPrivateForOperators()
    {
        var op = await app.OperatorClientAsync();
        var category = await op.CreateCategoryAsync(CatalogApi.Unique("img"));
        var draft = await op.CreateProductAsync(category, CatalogApi.Unique("img"), b => b["status"] = "draft");
        var image = await op.UploadOkAsync(draft);
        var url = $"/api/v1/shop/images/{image}";

        await (await (await app.CreateAthleteClientAsync()).GetAsync(url)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await app.CreateClient().GetAsync(url + "/thumbnail")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await app.CreateClient().GetAsync($"/api/v1/shop/images/{Guid.NewGuid()}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        var forOperator = await op.GetAsync(url);
        forOperator.StatusCode.ShouldBe(HttpStatusCode.OK);
        forOperator.Headers.CacheControl!.Private.ShouldBeTrue();
    }

    [Fact]
    public async Task Given_ThreeImages_When_ReorderedAndOneDeleted_Then_TheProductAndItsCardFollow()
    {
        var (op, product) = await ProductAsync();
        var first = await op.UploadOkAsync(product);
        var second = await op.UploadOkAsync(product, ProductImagesApi.Picture("png", 120, 120));
        var third = await op.UploadOkAsync(product);

        var reordered = await (await op.PutAsJsonAsync($"{ProductImagesApi.Images(product)}/order", new { imageIds = new[] { third, first, second } })).ReadOkAsync();
        reordered.EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).ShouldBe([third, first, second]);
        (await op.DeleteAsync($"{ProductImagesApi.Images(product)}/{first}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        var athlete = await app.CreateAthleteClientAsync();
        var details = await (await athlete.GetAsync($"{CatalogApi.Products}/{product}")).ReadOkAsync();
        details.GetProperty("images").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).ShouldBe([third, second]);
        details.GetProperty("images")[0].GetProperty("thumbnailUrl").GetString().ShouldBe($"/api/v1/shop/images/{third}/thumbnail");
        var slug = details.GetProperty("slug").GetString();
        var card = (await athlete.SearchAllAsync($"?query={slug}")).Single();
        card.GetProperty("imageUrl").GetString().ShouldBe($"/api/v1/shop/images/{third}/thumbnail");
        (await app.CreateClient().GetAsync($"/api/v1/shop/images/{first}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Given_AnOrderMissingAnImageOrAForeignImage_When_Reordering_Then_400NamingImageIds_And404ForAnotherProductsImage()
    {
        var (op, product) = await ProductAsync();
        var (_, other) = await ProductAsync();
        var mine = await op.UploadOkAsync(product);
        var theirs = await op.UploadOkAsync(other);

        var missing = await op.PutAsJsonAsync($"{ProductImagesApi.Images(product)}/order", new { imageIds = new[] { theirs } });
        var twice = await op.PutAsJsonAsync($"{ProductImagesApi.Images(product)}/order", new { imageIds = new[] { mine, mine } });
        var foreignDelete = await op.DeleteAsync($"{ProductImagesApi.Images(product)}/{theirs}");

        (await missing.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("imageIds", out _).ShouldBeTrue();
        (await twice.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("imageIds", out _).ShouldBeTrue();
        await foreignDelete.ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await op.UploadImageAsync(Guid.NewGuid(), ProductImagesApi.Picture("jpeg", 100, 100))).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        (await ImageIdsAsync(op, other)).ShouldBe([theirs]);
    }

    private async Task<(HttpClient Operator, Guid Product)> ProductAsync()
    {
        var op = await app.OperatorClientAsync();
        var category = await op.CreateCategoryAsync(CatalogApi.Unique("img"));
        return (op, await op.CreateListedProductAsync(category, CatalogApi.Unique("img"), 25m));
    }

    private static async Task<List<Guid>> ImageIdsAsync(HttpClient op, Guid product) =>
        (await (await op.GetAsync(ProductImagesApi.Images(product))).ReadOkAsync()).EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).ToList();
}

public sealed class ProductImageTests_Sqlite(ProductImagesSqliteApp app) : ProductImageTests(app), IClassFixture<ProductImagesSqliteApp>;

public sealed class ProductImageTests_Postgres(ProductImagesPostgresApp app) : ProductImageTests(app), IClassFixture<ProductImagesPostgresApp>;
