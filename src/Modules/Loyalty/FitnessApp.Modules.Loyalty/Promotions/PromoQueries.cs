using FitnessApp.Modules.Loyalty.Data;
using FitnessApp.Modules.Loyalty.Promotions.Domain;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Loyalty.Promotions;

internal static class PromoQueries
{
    public static Task<PromoCode?> FindCodeAsync(this LoyaltyDbContext db, string code, CancellationToken cancellationToken)
    {
        var normalized = PromoFormats.Normalize(code);
        return db.PromoCodes.AsNoTracking().FirstOrDefaultAsync(c => c.Code == normalized, cancellationToken);
    }

    /// <summary>The athlete's level; 1 before they have an account.</summary>
    public static async Task<int> LevelOfAsync(this LoyaltyDbContext db, Guid userId, CancellationToken cancellationToken) =>
        await db.PointsAccounts.AsNoTracking().Where(a => a.UserId == userId).Select(a => (int?)a.Level).FirstOrDefaultAsync(cancellationToken) ?? 1;

    public static async Task<int> UsesOfAsync(this LoyaltyDbContext db, Guid codeId, Guid userId, CancellationToken cancellationToken) =>
        await db.PromoCodeUsages.AsNoTracking().Where(u => u.PromoCodeId == codeId && u.UserId == userId)
            .Select(u => (int?)u.Uses).FirstOrDefaultAsync(cancellationToken) ?? 0;

    /// <summary>The order as the rules see it, with the athlete's level and uses of the code so far.</summary>
    public static async Task<PromoOrder> OrderAsync(
        this LoyaltyDbContext db, PromoCode? code, Guid userId, decimal amount, string currency, string country, CancellationToken cancellationToken) =>
        new(amount, PromoFormats.Normalize(currency), PromoFormats.Normalize(country),
            await db.LevelOfAsync(userId, cancellationToken),
            code is null ? 0 : await db.UsesOfAsync(code.Id, userId, cancellationToken));
}
