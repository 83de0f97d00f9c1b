using FitnessApp.Modules.Shared.Demo;
using FitnessApp.Modules.Shared.Security;
using FitnessApp.Modules.Shop.PersonalData;
using FitnessApp.Modules.Shop.Reviews.Admin.ListReviews;
using FitnessApp.Modules.Shop.Reviews.Admin.ModerateReview;
using FitnessApp.Modules.Shop.Reviews.DeleteMyReview;
using FitnessApp.Modules.Shop.Reviews.Demo;
using FitnessApp.Modules.Shop.Reviews.GetMyReview;
using FitnessApp.Modules.Shop.Reviews.ListProductReviews;
using FitnessApp.Modules.Shop.Reviews.PersonalData;
using FitnessApp.Modules.Shop.Reviews.SaveMyReview;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace FitnessApp.Modules.Shop.Reviews;

/// <summary>Reviews and ratings: customers who received a product review it; operators moderate (ADR 0019, reviews addendum).</summary>
internal static class ReviewsSetup
{
    public static IServiceCollection AddReviews(this IServiceCollection services)
    {
        services.AddScoped<ProductRatings>();
        services.AddScoped<IShopDataPart, ReviewsDataPart>();
        services.AddScoped<IDemoSeeder, ReviewsDemoSeeder>();
        return services;
    }

    public static IEndpointRouteBuilder MapReviews(this IEndpointRouteBuilder api)
    {
        api.MapListProductReviews();
        api.MapGetMyReview();
        api.MapSaveMyReview();
        api.MapDeleteMyReview();
        var operators = api.MapGroup(string.Empty).RequireAuthorization(PlatformPolicies.Operator);
        operators.MapListReviewsForModeration();
        operators.MapModerateReview();
        return api;
    }
}
