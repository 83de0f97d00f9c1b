namespace FitnessApp.Modules.Shop.Reviews;

/// <summary>
/// The figures shown for a product's visible reviews: how many, the mean of their stars (two decimals, half away from
/// zero; 0 without reviews) and, per star 5..1, the count and its whole percentage of all (for the bars).
/// </summary>
internal sealed record RatingSummary(int Count, double Average, IReadOnlyList<RatingBucket> Distribution)
{
    public static readonly RatingSummary Empty = From(new Dictionary<int, int>());

    public static RatingSummary From(IReadOnlyDictionary<int, int> countsByStars)
    {
        long sum = 0;
        var count = 0;
        foreach (var (stars, n) in countsByStars)
        {
            if (stars is < ProductReview.MinRating or > ProductReview.MaxRating || n < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(countsByStars), $"{n} reviews of {stars} stars");
            }

            sum += (long)stars * n;
            count += n;
        }

        var average = count == 0 ? 0 : Math.Round((double)sum / count, 2, MidpointRounding.AwayFromZero);
        var buckets = Enumerable.Range(ProductReview.MinRating, ProductReview.MaxRating).Reverse()
            .Select(stars =>
            {
                var n = countsByStars.GetValueOrDefault(stars);
                return new RatingBucket(stars, n, count == 0 ? 0 : (int)Math.Round(100.0 * n / count, MidpointRounding.AwayFromZero));
            })
            .ToList();
        return new RatingSummary(count, average, buckets);
    }
}

/// <summary>Reviews with this many stars and their share of all, in whole percent.</summary>
internal sealed record RatingBucket(int Stars, int Count, int Percent);
