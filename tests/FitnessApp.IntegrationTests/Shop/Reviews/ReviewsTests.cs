using System.Net;
using System.Net.Http.Json;
using FitnessApp.IntegrationTests.Infrastructure;
using FitnessApp.IntegrationTests.Shop.Orders;

namespace FitnessApp.IntegrationTests.Shop.Reviews;

/// <summary>Customers who received a product review it once (edit, delete); everyone signed in reads the published reviews.</summary>
public abstract class ReviewsTests(ShopOrdersApp app)
{
    [Fact]
    public async Task Given_a_delivered_order_When_the_customer_reviews_edits_and_deletes_Then_the_list_and_the_products_figures_follow()
    {
        var (product, sku) = await app.SeedProductAsync();
        var buyer = await app.BuyerAsync(sku);

        var created = await (await buyer.Client.PutReviewAsync(product, 4, text: "  Good shoe.  ", title: "  Light and fast  ")).JsonAsync();
        var afterCreate = await buyer.Client.ReviewsOfAsync(product);
        var edited = await (await buyer.Client.PutReviewAsync(product, 2, "Worn out fast.")).JsonAsync();
        var mine = await (await buyer.Client.GetAsync(ReviewsApi.Mine(product))).JsonAsync();
        var ratingAfterEdit = await app.ProductRatingAsync(product);

        created.GetProperty("rating").GetInt32().ShouldBe(4);
        created.GetProperty("title").GetString().ShouldBe("Light and fast");
        created.GetProperty("text").GetString().ShouldBe("Good shoe.");
        created.GetProperty("status").GetString().ShouldBe("published");
        afterCreate.GetProperty("count").GetInt32().ShouldBe(1);
        afterCreate.GetProperty("average").GetDouble().ShouldBe(4);
        afterCreate.Bucket(4).ShouldBe(1);
        afterCreate.GetProperty("items")[0].GetProperty("authorName").GetString().ShouldNotBeNullOrEmpty();
        edited.Id().ShouldBe(created.Id());
        edited.GetProperty("title").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
        mine.GetProperty("canReview").GetBoolean().ShouldBeTrue();
        mine.GetProperty("review").GetProperty("rating").GetInt32().ShouldBe(2);
        ratingAfterEdit.ShouldBe((2.0, 1));

        (await buyer.Client.DeleteAsync(ReviewsApi.Mine(product))).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        (await buyer.Client.ReviewsOfAsync(product)).GetProperty("count").GetInt32().ShouldBe(0);
        (await app.ProductRatingAsync(product)).ShouldBe((0.0, 0));
        (await (await buyer.Client.GetAsync(ReviewsApi.Mine(product))).JsonAsync()).GetProperty("review").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
        await (await buyer.Client.DeleteAsync(ReviewsApi.Mine(product))).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Given_an_order_not_yet_delivered_or_none_When_reviewing_Then_403_says_why_and_nothing_is_stored()
    {
        var (product, sku) = await app.SeedProductAsync();
        var pending = await app.CustomerAsync();
        await pending.Client.PlaceOrderAsync(sku);
        var stranger = await app.CustomerAsync();

        var refused = await (await pending.Client.PutReviewAsync(product, 5)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await stranger.Client.PutReviewAsync(product, 5)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        var mine = await (await pending.Client.GetAsync(ReviewsApi.Mine(product))).JsonAsync();

        refused.GetProperty("detail").GetString()!.ShouldContain("received");
        mine.GetProperty("canReview").GetBoolean().ShouldBeFalse();
        mine.GetProperty("reason").GetString().ShouldBe("notDelivered");
        (await pending.Client.ReviewsOfAsync(product)).GetProperty("count").GetInt32().ShouldBe(0);
        (await app.ProductRatingAsync(product)).ShouldBe((0.0, 0));
    }

    [Fact]
    public async Task Given_two_buyers_When_each_writes_Then_each_edits_only_their_own_review()
    {
        var (product, sku) = await app.SeedProductAsync();
        var operators = await app.ShopOperatorAsync();
        var first = await app.BuyerAsync(sku, operators);
        var second = await app.BuyerAsync(sku, operators);
        (await first.Client.PutReviewAsync(product, 5, "First buyer.")).EnsureSuccessStatusCode();

        (await second.Client.PutReviewAsync(product, 1, "Second buyer.")).EnsureSuccessStatusCode();
        (await second.Client.DeleteAsync(ReviewsApi.Mine(product))).EnsureSuccessStatusCode();

        var list = await first.Client.ReviewsOfAsync(product);
        list.GetProperty("count").GetInt32().ShouldBe(1);
        list.GetProperty("items")[0].GetProperty("text").GetString().ShouldBe("First buyer.");
        (await app.ProductRatingAsync(product)).ShouldBe((5.0, 1));
    }

    [Fact]
    public async Task Given_bad_input_When_reviewing_Then_400_names_the_field()
    {
        var (product, sku) = await app.SeedProductAsync();
        var buyer = await app.BuyerAsync(sku);

        (await (await buyer.Client.PutReviewAsync(product, 6)).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).ErrorKeys().ShouldBe(["rating"]);
        (await (await buyer.Client.PutReviewAsync(product, 0)).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).ErrorKeys().ShouldBe(["rating"]);
        (await (await buyer.Client.PutReviewAsync(product, null)).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).ErrorKeys().ShouldBe(["rating"]);
        (await (await buyer.Client.PutReviewAsync(product, 3, "   ")).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).ErrorKeys().ShouldBe(["text"]);
        (await (await buyer.Client.PutReviewAsync(product, 3, new string('x', 4001))).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).ErrorKeys().ShouldBe(["text"]);
        (await (await buyer.Client.PutReviewAsync(product, 3, "ok", new string('t', 121))).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).ErrorKeys().ShouldBe(["title"]);
        (await (await buyer.Client.GetAsync(ReviewsApi.Reviews(product) + "?rating=6")).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).ErrorKeys().ShouldBe(["rating"]);
        (await (await buyer.Client.GetAsync(ReviewsApi.Reviews(product) + "?cursor=nope")).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).ErrorKeys().ShouldBe(["cursor"]);
        await (await buyer.Client.PutReviewAsync(Guid.NewGuid(), 3)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await buyer.Client.GetAsync(ReviewsApi.Reviews(Guid.NewGuid()))).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        (await buyer.Client.ReviewsOfAsync(product)).GetProperty("count").GetInt32().ShouldBe(0);
    }

    [Fact]
    public async Task Given_no_token_When_reading_or_writing_reviews_Then_401_like_the_catalog()
    {
        var (product, _) = await app.SeedProductAsync();
        var anonymous = app.CreateClient();

        (await anonymous.GetAsync(ReviewsApi.Reviews(product))).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await anonymous.GetAsync(ReviewsApi.Mine(product))).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await anonymous.PutReviewAsync(product, 5)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await anonymous.DeleteAsync(ReviewsApi.Mine(product))).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await anonymous.GetAsync(ReviewsApi.AdminReviews)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Given_five_reviews_When_paging_two_at_a_time_and_filtering_by_stars_Then_newest_first_and_the_figures_cover_all()
    {
        var (product, sku) = await app.SeedProductAsync();
        var operators = await app.ShopOperatorAsync();
        int[] stars = [5, 4, 4, 2, 1];
        foreach (var rating in stars)
        {
            var buyer = await app.BuyerAsync(sku, operators);
            (await buyer.Client.PutReviewAsync(product, rating, $"{rating} stars")).EnsureSuccessStatusCode();
        }

        var reader = (await app.CustomerAsync()).Client;
        var first = await reader.ReviewsOfAsync(product, "?limit=2");
        var second = await reader.ReviewsOfAsync(product, $"?limit=2&cursor={first.GetProperty("nextCursor").GetString()}");
        var third = await reader.ReviewsOfAsync(product, $"?limit=2&cursor={second.GetProperty("nextCursor").GetString()}");
        var fours = await reader.ReviewsOfAsync(product, "?rating=4");

        var texts = new[] { first, second, third }.SelectMany(p => p.GetProperty("items").EnumerateArray()).Select(i => i.GetProperty("text").GetString()).ToList();
        texts.ShouldBe(["1 stars", "2 stars", "4 stars", "4 stars", "5 stars"]);
        third.GetProperty("nextCursor").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
        first.GetProperty("count").GetInt32().ShouldBe(5);
        first.GetProperty("average").GetDouble().ShouldBe(3.2);
        first.Bucket(4).ShouldBe(2);
        first.Bucket(3).ShouldBe(0);
        fours.GetProperty("items").GetArrayLength().ShouldBe(2);
        (await app.ProductRatingAsync(product)).ShouldBe((3.2, 5));
    }

    [Fact]
    public async Task Given_many_buyers_When_they_review_one_product_at_once_Then_the_average_and_count_take_every_review()
    {
        var (product, sku) = await app.SeedProductAsync(stock: 100);
        var operators = await app.ShopOperatorAsync();
        var buyers = new List<ShopCustomer>();
        for (var i = 0; i < 12; i++)
        {
            buyers.Add(await app.BuyerAsync(sku, operators));
        }

        var responses = await Task.WhenAll(buyers.Select((b, i) => Task.Run(() => b.Client.PutReviewAsync(product, (i % 5) + 1, $"Review {i}"))));
        var twice = await Task.WhenAll(Enumerable.Range(0, 6).Select(i => Task.Run(() => buyers[0].Client.PutReviewAsync(product, 1, $"Again {i}"))));

        responses.ShouldAllBe(r => r.StatusCode == HttpStatusCode.OK);
        twice.ShouldAllBe(r => r.StatusCode == HttpStatusCode.OK);
        var expected = Math.Round((1 + 2 + 3 + 4 + 5 + 1 + 2 + 3 + 4 + 5 + 1 + 2 - 1 + 1) / 12.0, 2, MidpointRounding.AwayFromZero);
        (await app.ProductRatingAsync(product)).ShouldBe((expected, 12));
        var list = await buyers[1].Client.ReviewsOfAsync(product);
        list.GetProperty("count").GetInt32().ShouldBe(12);
        list.GetProperty("average").GetDouble().ShouldBe(expected);
    }
}

public sealed class ReviewsTests_Sqlite(ShopOrdersSqliteApp app) : ReviewsTests(app), IClassFixture<ShopOrdersSqliteApp>;

public sealed class ReviewsTests_Postgres(ShopOrdersPostgresApp app) : ReviewsTests(app), IClassFixture<ShopOrdersPostgresApp>;
