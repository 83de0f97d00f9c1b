using FitnessApp.Modules.Loyalty.Contracts.Promotions;
using FitnessApp.Modules.Loyalty.Data;
using FitnessApp.Modules.Shared.Errors;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Loyalty.Promotions.Admin;

internal static class PromoCodeReads
{
    public static async Task<Dictionary<Guid, int>> CommittedUsesAsync(this LoyaltyDbContext db, IReadOnlyCollection<Guid> codeIds, CancellationToken cancellationToken) =>
        await db.PromoCodeRedemptions.AsNoTracking()
            .Where(r => codeIds.Contains(r.PromoCodeId) && r.State == PromoRedemptionState.Committed)
            .GroupBy(r => r.PromoCodeId)
            .Select(g => new { Id = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Id, g => g.Count, cancellationToken);

    public static async Task<PromoCodeResponse> ResponseAsync(this LoyaltyDbContext db, Guid id, CancellationToken cancellationToken)
    {
        var code = await db.PromoCodes.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, cancellationToken)
            ?? throw new NotFoundException("Promo code", id);
        var committed = await db.CommittedUsesAsync([id], cancellationToken);
        return PromoCodeResponse.From(code, committed.GetValueOrDefault(id));
    }

    public static async Task EnsureCodeFreeAsync(this LoyaltyDbContext db, string code, Guid? exceptId, CancellationToken cancellationToken)
    {
        var normalized = PromoFormats.Normalize(code);
        if (await db.PromoCodes.AnyAsync(c => c.Code == normalized && c.Id != exceptId, cancellationToken))
        {
            throw new ConflictException($"The promo code {normalized} already exists.", new Dictionary<string, object?> { ["code"] = normalized });
        }
    }
}
