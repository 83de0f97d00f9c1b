using FitnessApp.Modules.Loyalty.Promotions.Domain;
using FitnessApp.Modules.Shared.Web;

namespace FitnessApp.Modules.Loyalty.Promotions.Admin;

/// <summary>A code as operators see it, with its usage: <c>uses</c> reserved or committed, of which <c>committedUses</c> paid.</summary>
internal sealed record PromoCodeResponse(
    Guid Id,
    string Code,
    string Kind,
    int? Percent,
    decimal? Amount,
    string? Currency,
    DateTime StartsAt,
    DateTime EndsAt,
    int? TotalLimit,
    int? PerUserLimit,
    IReadOnlyList<string> Countries,
    int MinimumLevel,
    decimal? MinimumOrderAmount,
    bool Active,
    int Uses,
    int CommittedUses,
    DateTime CreatedAt,
    DateTime UpdatedAt)
{
    public static PromoCodeResponse From(PromoCode code, int committedUses) =>
        new(code.Id, code.Code, WireNames.Of(code.Kind), code.Percent, code.Amount, code.Currency, code.StartsAt, code.EndsAt,
            code.TotalLimit, code.PerUserLimit, code.CountryList, code.MinimumLevel, code.MinimumOrderAmount, code.Active,
            code.Redemptions, committedUses, code.CreatedAt, code.UpdatedAt);
}
