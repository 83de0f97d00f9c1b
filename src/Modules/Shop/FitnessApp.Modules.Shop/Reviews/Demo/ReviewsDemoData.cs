namespace FitnessApp.Modules.Shop.Reviews.Demo;

/// <summary>What the demo athletes say about the first demo products (by the catalog's model index).</summary>
internal static class ReviewsDemoData
{
    public sealed record DemoReview(int Model, int Rating, string? Title, string Text);

    public const int Athletes = 4;

    /// <summary>Per demo athlete (in the order Accounts created them), the reviews they write after their order was delivered.</summary>
    public static readonly DemoReview[][] ByAthlete =
    [
        [
            new(0, 5, "My daily trainer", "Comfortable from the first kilometre, and the mesh stays cool on long runs."),
            new(1, 4, "Fast but firm", "Very quick on race day. A bit firm for easy runs, so I keep it for tempo sessions."),
            new(2, 4, null, "Good grip on wet trails; the laces could be longer."),
        ],
        [
            new(0, 4, "Solid", "Good cushioning, runs half a size small."),
            new(2, 5, "Отличные", "Отлично держат на мокрых тропах, ноги не устают даже после 30 км."),
        ],
        [
            new(1, 5, "Personal best!", "Ran my best 10k in these. The plate really works."),
            new(3, 3, null, "Does the job, but I expected more for the price."),
        ],
        [
            new(0, 3, "Okay", "Fine for short runs, the heel started to wear after 300 km."),
            new(3, 4, "Удобно", "Сидит хорошо, но размерная сетка немного маломерит."),
        ],
    ];
}
