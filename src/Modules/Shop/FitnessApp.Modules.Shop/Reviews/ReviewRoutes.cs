namespace FitnessApp.Modules.Shop.Reviews;

internal static class ReviewRoutes
{
    public const string ProductReviews = "/products/{id:guid}/reviews";
    public const string Mine = "/products/{id:guid}/reviews/mine";
    public const string Admin = "/admin/reviews";
    public const string AdminHide = "/admin/reviews/{id:guid}/hide";
    public const string AdminRestore = "/admin/reviews/{id:guid}/restore";
}
