using FitnessApp.Modules.Accounts.Contracts.Profiles;
using FitnessApp.Modules.Shop.Offers;
using FitnessApp.Modules.Shop.Offers.WeeklyEmail;
using FitnessApp.Modules.Shop.Orders.Notifications;
using FitnessApp.Modules.Training.Contracts.Activities;
using FitnessApp.Modules.Training.Contracts.Gear;

namespace FitnessApp.Modules.Shop.Tests.Offers;

public sealed class OfferRulesTests
{
    private static readonly OffersOptions Options = new();
    private static readonly Guid Owner = Guid.NewGuid();

    private static readonly OfferCandidate RoadShoe = Candidate(1, [Sport.Running], shoe: true, price: 12_990, rating: 4.6);
    private static readonly OfferCandidate RacingShoe = Candidate(2, [Sport.Running], shoe: true, price: 21_990, rating: 4.8);
    private static readonly OfferCandidate DailyShoe = Candidate(3, [Sport.Running, Sport.Walking], shoe: true, price: 9_990, rating: 4.3);
    private static readonly OfferCandidate TrailShoe = Candidate(4, [Sport.TrailRunning], shoe: true, price: 15_990, rating: 4.7);
    private static readonly OfferCandidate Helmet = Candidate(5, [Sport.Cycling], shoe: false, price: 14_990, rating: 4.5);
    private static readonly OfferCandidate Jersey = Candidate(6, [Sport.Cycling, Sport.IndoorCycling], shoe: false, price: 5_990, rating: 4.3);
    private static readonly OfferCandidate Gloves = Candidate(7, [Sport.Cycling], shoe: false, price: 2_490, rating: 4.1);
    private static readonly OfferCandidate Goggles = Candidate(8, [Sport.PoolSwimming], shoe: false, price: 1_990, rating: 4.4);
    private static readonly OfferCandidate RunningBelt = Candidate(9, [Sport.Running], shoe: false, price: 2_990, rating: 4.0);

    private static readonly IReadOnlyList<OfferCandidate> Catalog = [RoadShoe, RacingShoe, DailyShoe, TrailShoe, Helmet, Jersey, Gloves, Goggles, RunningBelt];

    [Fact]
    public void Given_shoes_at_720_of_800_km_When_picking_Then_the_best_rated_running_shoes_are_offered_with_the_shoes_as_reason()
    {
        var picks = OfferRules.Pick(Inputs(gear: [Shoes("Pegasus", 720_000, 800_000)], level: 7), Catalog, Options);

        picks.Select(p => p.ProductId).ShouldBe([RacingShoe.ProductId, RoadShoe.ProductId]);
        picks[0].Reason.ShouldBe(new WornShoesReason("Pegasus", 720_000, 800_000));
    }

    [Fact]
    public void Given_shoes_at_79_percent_When_picking_Then_nothing_is_offered()
    {
        OfferRules.Pick(Inputs(gear: [Shoes("Pegasus", 632_000, 800_000)]), Catalog, Options).ShouldBeEmpty();
    }

    [Fact]
    public void Given_worn_shoes_without_a_threshold_or_a_worn_bike_When_picking_Then_nothing_is_offered()
    {
        var bike = new GearWearItem(Owner, Guid.NewGuid(), GearType.Bike, "Canyon", null, null, [Sport.Cycling], 50_000_000, 40_000_000);
        OfferRules.Pick(Inputs(gear: [Shoes("Old", 2_000_000, null), bike]), Catalog, Options).ShouldBeEmpty();
    }

    [Fact]
    public void Given_worn_trail_shoes_When_picking_Then_only_trail_shoes_are_offered()
    {
        var picks = OfferRules.Pick(Inputs(gear: [Shoes("Speedgoat", 700_000, 800_000, Sport.TrailRunning)]), Catalog, Options);

        picks.Select(p => p.ProductId).ShouldBe([TrailShoe.ProductId]);
    }

    [Fact]
    public void Given_cycling_volume_and_one_swim_When_picking_Then_cycling_gear_is_offered_and_swimming_needs_two_activities()
    {
        var volume = new Dictionary<Sport, SportVolume>
        {
            [Sport.Cycling] = new(240_000, 4),
            [Sport.PoolSwimming] = new(2_000, 1),
        };

        var picks = OfferRules.Pick(Inputs(volume: volume, level: 7), Catalog, Options);

        picks.Select(p => p.ProductId).ShouldBe([Helmet.ProductId, Jersey.ProductId]);
        picks[0].Reason.ShouldBe(new SportVolumeReason(Sport.Cycling, 4, 240_000, 28));
    }

    [Fact]
    public void Given_running_volume_When_picking_Then_shoes_are_left_to_the_worn_shoes_rule()
    {
        var volume = new Dictionary<Sport, SportVolume> { [Sport.Running] = new(120_000, 10) };

        OfferRules.Pick(Inputs(volume: volume), Catalog, Options).Select(p => p.ProductId).ShouldBe([RunningBelt.ProductId]);
    }

    [Fact]
    public void Given_level_1_When_picking_Then_products_above_120_are_left_out()
    {
        var picks = OfferRules.Pick(Inputs(gear: [Shoes("Pegasus", 800_000, 800_000)], level: 1), Catalog, Options);

        picks.Select(p => p.ProductId).ShouldBe([DailyShoe.ProductId]);
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData(1, 12_000L)]
    [InlineData(2, 12_000L)]
    [InlineData(3, 18_000L)]
    [InlineData(4, 18_000L)]
    [InlineData(5, null)]
    public void Given_a_level_When_banding_Then_the_maximum_price_is_known(int? level, long? band) =>
        OfferRules.PriceBand(level, Options).ShouldBe(band);

    [Fact]
    public void Given_a_recent_purchase_When_picking_Then_it_is_not_offered_again()
    {
        var picks = OfferRules.Pick(Inputs(gear: [Shoes("Pegasus", 750_000, 800_000)], level: 7, bought: new HashSet<Guid> { RacingShoe.ProductId }), Catalog, Options);

        picks.Select(p => p.ProductId).ShouldBe([RoadShoe.ProductId, DailyShoe.ProductId]);
    }

    [Fact]
    public void Given_no_gear_and_no_activity_When_picking_Then_nothing_is_offered() =>
        OfferRules.Pick(Inputs(), Catalog, Options).ShouldBeEmpty();

    [Fact]
    public void Given_many_rules_When_picking_Then_at_most_max_offers_each_product_once()
    {
        var volume = new Dictionary<Sport, SportVolume> { [Sport.Cycling] = new(300_000, 5), [Sport.Running] = new(100_000, 8) };
        var options = new OffersOptions { MaxOffers = 3 };

        var picks = OfferRules.Pick(Inputs(gear: [Shoes("A", 800_000, 800_000), Shoes("B", 790_000, 800_000)], volume: volume, level: 9), Catalog, options);

        picks.Count.ShouldBe(3);
        picks.Select(p => p.ProductId).ShouldBeUnique();
        picks.Take(3).ShouldAllBe(p => p.Reason is WornShoesReason);
    }

    [Fact]
    public void Given_reasons_When_written_Then_they_read_in_the_athletes_language_and_units()
    {
        OfferTexts.Reason(new WornShoesReason("Pegasus", 720_000, 800_000), "en", UnitSystem.Metric).ShouldBe("Your Pegasus have 720 of 800 km");
        OfferTexts.Reason(new WornShoesReason("Pegasus", 720_000, 800_000), "en", UnitSystem.Imperial).ShouldBe("Your Pegasus have 447 of 497 mi");
        OfferTexts.Reason(new WornShoesReason("Pegasus", 720_000, 800_000), "ru", UnitSystem.Metric).ShouldBe("У ваших Pegasus уже 720 из 800 км");
        OfferTexts.Reason(new SportVolumeReason(Sport.Cycling, 4, 240_400, 28), "en", UnitSystem.Metric).ShouldBe("4 cycling activities, 240 km in the last 28 days");
        OfferTexts.Reason(new SportVolumeReason(Sport.Yoga, 3, 0, 28), "ru", UnitSystem.Metric).ShouldBe("Йога: 3 тренировок за последние 28 дней");
    }

    [Fact]
    public void Given_offers_When_the_weekly_email_is_composed_Then_each_offer_is_a_line_with_price_and_reason()
    {
        var offers = new AthleteOffers("en", [new PersonalOffer(Guid.NewGuid(), "glide-5", "Glide 5", "Stridemax", 12_990, null, "wornShoes", "Your Pegasus have 720 of 800 km")]);

        var email = OfferEmail.Compose(offers, "EUR");

        email.Subject.ShouldBe("Picked for you this week");
        email.Text.ShouldContain("• Glide 5 (Stridemax), from 129.90 EUR: Your Pegasus have 720 of 800 km");
    }

    [Fact]
    public void Given_an_order_step_When_its_email_is_composed_Then_subject_and_text_name_the_order_and_the_figures()
    {
        var id = Guid.Parse("0193aabb-ccdd-7eef-8000-000000000001");

        var shipped = OrderEmails.Compose(OrderEmailKind.Shipped, id, 0, "EUR", "TRK-1", "en");
        var refunded = OrderEmails.Compose(OrderEmailKind.Refunded, id, 1250, "EUR", null, "ru");

        shipped.Subject.ShouldBe("Order 0193aabb is on its way");
        shipped.Text.ShouldStartWith("Your order 0193aabb has shipped. Tracking number: TRK-1.");
        refunded.Subject.ShouldBe("Возврат по заказу 0193aabb");
        refunded.Text.ShouldStartWith("Мы вернули 12,50 EUR по вашему заказу 0193aabb.");
    }

    private static OfferInputs Inputs(
        IReadOnlyList<GearWearItem>? gear = null, IReadOnlyDictionary<Sport, SportVolume>? volume = null, int? level = null, IReadOnlySet<Guid>? bought = null) =>
        new(gear ?? [], volume ?? new Dictionary<Sport, SportVolume>(), level, bought ?? new HashSet<Guid>());

    private static GearWearItem Shoes(string name, double distance, double? threshold, Sport sport = Sport.Running) =>
        new(Owner, Guid.NewGuid(), GearType.Shoes, name, "Nike", name, [sport], distance, threshold);

    private static OfferCandidate Candidate(int n, IReadOnlyList<Sport> sports, bool shoe, long price, double rating) =>
        new(Guid.Parse($"00000000-0000-0000-0000-{n:D12}"), sports, shoe, price, rating, 10);
}
