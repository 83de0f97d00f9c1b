namespace FitnessApp.Modules.Loyalty.Promotions;

internal static class PromoRoutes
{
    public const string Admin = "/admin/promo-codes";
    public const string Check = "/promo-codes/check";

    public static string Of(Guid id) => $"/api/v1/loyalty/admin/promo-codes/{id}";
}
