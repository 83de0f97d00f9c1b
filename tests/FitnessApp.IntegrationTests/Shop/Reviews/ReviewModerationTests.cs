using System.Net;
using System.Net.Http.Json;
using FitnessApp.IntegrationTests.Accounts;
using FitnessApp.IntegrationTests.Infrastructure;
using FitnessApp.IntegrationTests.Shop.Orders;

namespace FitnessApp.IntegrationTests.Shop.Reviews;

/// <summary>Operators hide and restore reviews with a reason (audited); hidden reviews leave the list and the product's figures.</summary>
public abstract class ReviewModerationTests(ShopOrdersApp app)
{
    [Fact]
    public async Task Given_two_reviews_When_an_operator_hides_one_and_restores_it_Then_the_average_list_and_audit_follow()
    {
        var (product, sku) = await app.SeedProductAsync();
        var operators = await app.ShopOperatorAsync();
        var operatorId = (await operators.GetMeAsync()).Id();
        var happy = await app.BuyerAsync(sku, operators);
        var angry = await app.BuyerAsync(sku, operators);
        (await happy.Client.PutReviewAsync(product, 5, "Lovely.")).EnsureSuccessStatusCode();
        (await angry.Client.PutReviewAsync(product, 1, "Spam spam spam.")).EnsureSuccessStatusCode();
        var reviewId = await angry.Client.ReviewIdAsync(product);
        (await app.ProductRatingAsync(product)).ShouldBe((3.0, 2));

        var hidden = await (await operators.PostAsJsonAsync(ReviewsApi.Hide(reviewId), new { reason = "Spam" })).JsonAsync();
        var listed = await happy.Client.ReviewsOfAsync(product);
        var ownView = await (await angry.Client.GetAsync(ReviewsApi.Mine(product))).JsonAsync();
        var hiddenQueue = await (await operators.GetAsync($"{ReviewsApi.AdminReviews}?status=hidden&productId={product}")).JsonAsync();
        var ratingWhileHidden = await app.ProductRatingAsync(product);
        var again = await (await operators.PostAsJsonAsync(ReviewsApi.Hide(reviewId), new { reason = "Spam" })).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        (await angry.Client.PutReviewAsync(product, 2, "Edited while hidden.")).EnsureSuccessStatusCode();
        var stillHidden = await app.ProductRatingAsync(product);
        var restored = await (await operators.PostAsJsonAsync(ReviewsApi.Restore(reviewId), new { reason = "Appeal accepted" })).JsonAsync();

        hidden.GetProperty("status").GetString().ShouldBe("hidden");
        hidden.GetProperty("moderations")[0].GetProperty("action").GetString().ShouldBe("hide");
        hidden.GetProperty("moderations")[0].GetProperty("reason").GetString().ShouldBe("Spam");
        hidden.GetProperty("moderations")[0].Id("actorId").ShouldBe(operatorId);
        listed.GetProperty("count").GetInt32().ShouldBe(1);
        listed.GetProperty("average").GetDouble().ShouldBe(5);
        listed.GetProperty("items").EnumerateArray().ShouldAllBe(i => i.GetProperty("text").GetString() == "Lovely.");
        ownView.GetProperty("review").GetProperty("status").GetString().ShouldBe("hidden");
        ownView.GetProperty("review").GetProperty("moderationReason").GetString().ShouldBe("Spam");
        hiddenQueue.GetProperty("items").GetArrayLength().ShouldBe(1);
        hiddenQueue.GetProperty("items")[0].Id().ShouldBe(reviewId);
        ratingWhileHidden.ShouldBe((5.0, 1));
        again.GetProperty("reviewStatus").GetString().ShouldBe("hidden");
        stillHidden.ShouldBe((5.0, 1));
        restored.GetProperty("status").GetString().ShouldBe("published");
        restored.GetProperty("moderations").GetArrayLength().ShouldBe(2);
        restored.GetProperty("moderations")[1].GetProperty("action").GetString().ShouldBe("restore");
        (await app.ProductRatingAsync(product)).ShouldBe((3.5, 2));
    }

    [Fact]
    public async Task Given_bad_moderation_input_When_hiding_Then_400_names_the_field_or_404_for_an_unknown_review()
    {
        var (product, sku) = await app.SeedProductAsync();
        var operators = await app.ShopOperatorAsync();
        var buyer = await app.BuyerAsync(sku, operators);
        (await buyer.Client.PutReviewAsync(product, 4)).EnsureSuccessStatusCode();
        var reviewId = await buyer.Client.ReviewIdAsync(product);

        (await (await operators.PostAsJsonAsync(ReviewsApi.Hide(reviewId), new { reason = " " })).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).ErrorKeys().ShouldBe(["reason"]);
        (await (await operators.PostAsJsonAsync(ReviewsApi.Hide(reviewId), new { reason = new string('r', 501) })).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).ErrorKeys().ShouldBe(["reason"]);
        (await (await operators.GetAsync($"{ReviewsApi.AdminReviews}?status=lost")).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).ErrorKeys().ShouldBe(["status"]);
        await (await operators.PostAsJsonAsync(ReviewsApi.Hide(Guid.NewGuid()), new { reason = "Spam" })).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        (await app.ProductRatingAsync(product)).ShouldBe((4.0, 1));
    }

    [Fact]
    public async Task Given_an_athlete_When_calling_the_operators_review_endpoints_Then_403()
    {
        var (product, sku) = await app.SeedProductAsync();
        var buyer = await app.BuyerAsync(sku);
        (await buyer.Client.PutReviewAsync(product, 4)).EnsureSuccessStatusCode();
        var reviewId = await buyer.Client.ReviewIdAsync(product);

        (await buyer.Client.GetAsync(ReviewsApi.AdminReviews)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await buyer.Client.PostAsJsonAsync(ReviewsApi.Hide(reviewId), new { reason = "mine" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await buyer.Client.PostAsJsonAsync(ReviewsApi.Restore(reviewId), new { reason = "mine" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await app.CreateClient().PostAsJsonAsync(ReviewsApi.Hide(reviewId), new { reason = "x" })).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await app.ProductRatingAsync(product)).ShouldBe((4.0, 1));
    }
}

public sealed class ReviewModerationTests_Sqlite(ShopOrdersSqliteApp app) : ReviewModerationTests(app), IClassFixture<ShopOrdersSqliteApp>;

public sealed class ReviewModerationTests_Postgres(ShopOrdersPostgresApp app) : ReviewModerationTests(app), IClassFixture<ShopOrdersPostgresApp>;
