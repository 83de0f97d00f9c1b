using System.Net;
using System.Text.Json;
using FitnessApp.IntegrationTests.Accounts.PersonalData;
using FitnessApp.IntegrationTests.Infrastructure;
using FitnessApp.IntegrationTests.Jobs;
using FitnessApp.IntegrationTests.Shop.Orders;

namespace FitnessApp.IntegrationTests.Shop.Reviews;

/// <summary>The athlete's reviews are in their export; erasing the account deletes them and recomputes the products' figures.</summary>
public abstract class ReviewsPersonalDataTests(ShopOrdersApp app)
{
    [Fact]
    public async Task Given_a_reviewer_When_they_export_and_then_erase_their_account_Then_the_export_has_the_review_and_erasure_recomputes_the_rating()
    {
        var (product, sku) = await app.SeedProductAsync();
        var operators = await app.ShopOperatorAsync();
        var leaving = await app.BuyerAsync(sku, operators);
        var staying = await app.BuyerAsync(sku, operators);
        (await leaving.Client.PutReviewAsync(product, 1, "Leaving soon.")).EnsureSuccessStatusCode();
        (await staying.Client.PutReviewAsync(product, 4, "Staying.")).EnsureSuccessStatusCode();
        (await operators.PostAsync(ReviewsApi.Hide(await staying.Client.ReviewIdAsync(product)), System.Net.Http.Json.JsonContent.Create(new { reason = "check" }))).EnsureSuccessStatusCode();
        (await operators.PostAsync(ReviewsApi.Restore(await staying.Client.ReviewIdAsync(product)), System.Net.Http.Json.JsonContent.Create(new { reason = "fine" }))).EnsureSuccessStatusCode();

        var export = await leaving.Client.RequestExportAsync();
        var ready = await leaving.Client.ReadyExportAsync(export.GetProperty("id").GetGuid());
        using var zip = await leaving.Client.DownloadAsync(ready.GetProperty("id").GetGuid());
        var reviews = JsonDocument.Parse(zip.GetEntry("Shop/shop-reviews.json")!.Text()).RootElement;
        (await leaving.Client.EraseAsync(ApiClientExtensions.Password)).StatusCode.ShouldBe(HttpStatusCode.Accepted);

        reviews.GetArrayLength().ShouldBe(1);
        reviews[0].GetProperty("rating").GetInt32().ShouldBe(1);
        reviews[0].GetProperty("text").GetString().ShouldBe("Leaving soon.");
        await Eventually.ReturnsAsync(() => app.ProductRatingAsync(product), r => r == (4.0, 1), TimeSpan.FromSeconds(60), "the erasure to recompute the rating");
        var list = await staying.Client.ReviewsOfAsync(product);
        list.GetProperty("count").GetInt32().ShouldBe(1);
        list.GetProperty("items")[0].GetProperty("text").GetString().ShouldBe("Staying.");
    }
}

public sealed class ReviewsPersonalDataTests_Sqlite(ShopOrdersSqliteApp app) : ReviewsPersonalDataTests(app), IClassFixture<ShopOrdersSqliteApp>;

public sealed class ReviewsPersonalDataTests_Postgres(ShopOrdersPostgresApp app) : ReviewsPersonalDataTests(app), IClassFixture<ShopOrdersPostgresApp>;
