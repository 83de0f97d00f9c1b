using FitnessApp.Modules.Loyalty.Contracts.Promotions;
using FitnessApp.Modules.Loyalty.Data;
using FitnessApp.Modules.Loyalty.Promotions.Domain;
using FitnessApp.Modules.Shared.Data;
using FitnessApp.Modules.Shared.Errors;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Loyalty.Promotions.RedeemPromoCode;

/// <summary>
/// Checks the code, then reserves a use with conditional increments: the code's counter first (on PostgreSQL its row
/// stays locked until commit, so redemptions of one code serialize from there on; SQLite serializes writers anyway), then
/// the athlete's count. A limit reached in between gives the use back and answers with the reason.
/// </summary>
internal sealed class RedeemPromoCodeHandler(LoyaltyDbContext db, TimeProvider clock)
    : IRequestHandler<Contracts.Promotions.RedeemPromoCode, PromoRedemptionResult>
{
    public async Task<PromoRedemptionResult> Handle(Contracts.Promotions.RedeemPromoCode request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var codeText = PromoFormats.Normalize(request.Code!);
        if (await db.RedemptionOfAsync(request.OrderId, cancellationToken) is { } earlier)
        {
            return Repeat(earlier, codeText);
        }

        var code = await db.FindCodeAsync(codeText, cancellationToken);
        var order = await db.OrderAsync(code, request.UserId, request.OrderAmount!.Value, request.Currency!, request.Country!, cancellationToken);
        if (PromoEvaluation.RejectionOf(code, order, now) is { } rejection)
        {
            // A concurrent redemption of this very order may have used the last share meanwhile: it answers for this one.
            return await db.RedemptionOfAsync(request.OrderId, cancellationToken) is { } meanwhile
                ? Repeat(meanwhile, codeText)
                : Rejected(request.OrderId, codeText, order.Currency, rejection);
        }

        await using var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        var result = await ReserveAsync(request, code!, order, now, cancellationToken);
        if (transaction is not null)
        {
            await transaction.CommitAsync(cancellationToken);
        }

        return result;
    }

    private async Task<PromoRedemptionResult> ReserveAsync(
        Contracts.Promotions.RedeemPromoCode request, PromoCode code, PromoOrder order, DateTime now, CancellationToken cancellationToken)
    {
        var reserved = await db.PromoCodes
            .Where(c => c.Id == code.Id && c.Active && (c.TotalLimit == null || c.Redemptions < c.TotalLimit))
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.Redemptions, c => c.Redemptions + 1), cancellationToken);
        if (await db.RedemptionOfAsync(request.OrderId, cancellationToken) is { } raced)
        {
            // The same order won a concurrent redemption while this one waited for the code's row.
            if (reserved == 1)
            {
                await db.GiveBackAsync(code.Id, null, cancellationToken);
            }

            return Repeat(raced, code.Code);
        }

        if (reserved == 0)
        {
            var active = await db.PromoCodes.AnyAsync(c => c.Id == code.Id && c.Active, cancellationToken);
            return Rejected(request.OrderId, code.Code, order.Currency, active ? PromoCodeRejection.Exhausted : PromoCodeRejection.Unknown);
        }

        if (!await ReserveUserUseAsync(code, request.UserId, cancellationToken))
        {
            await db.GiveBackAsync(code.Id, null, cancellationToken);
            return Rejected(request.OrderId, code.Code, order.Currency, PromoCodeRejection.PerUserLimitReached);
        }

        var redemption = new PromoCodeRedemption
        {
            PromoCodeId = code.Id,
            UserId = request.UserId,
            OrderId = request.OrderId,
            State = PromoRedemptionState.Reserved,
            OrderAmount = order.Amount,
            Discount = PromoEvaluation.DiscountOf(code, order.Amount),
            Currency = order.Currency,
            Country = order.Country,
            CreatedAt = now,
            UpdatedAt = now,
        };
        db.PromoCodeRedemptions.Add(redemption);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (exception.IsUniqueViolation())
        {
            throw new ConflictException("The order or the athlete's use of the code changed concurrently; try again.");
        }

        return new RedemptionView(redemption, code.Code).Result;
    }

    /// <summary>Counts one more use for the athlete unless that passes the code's per-user limit.</summary>
    private async Task<bool> ReserveUserUseAsync(PromoCode code, Guid userId, CancellationToken cancellationToken)
    {
        var usages = db.PromoCodeUsages.Where(u => u.PromoCodeId == code.Id && u.UserId == userId);
        var limited = code.PerUserLimit is { } limit ? usages.Where(u => u.Uses < limit) : usages;
        if (await limited.ExecuteUpdateAsync(s => s.SetProperty(u => u.Uses, u => u.Uses + 1), cancellationToken) == 1)
        {
            return true;
        }

        if (await usages.AnyAsync(cancellationToken))
        {
            return false;
        }

        // First use: a concurrent first use of the same athlete fails at the key (the code's row serializes them first).
        db.PromoCodeUsages.Add(new PromoCodeUsage { PromoCodeId = code.Id, UserId = userId, Uses = 1 });
        return true;
    }

    private static PromoRedemptionResult Repeat(RedemptionView earlier, string code) =>
        string.Equals(earlier.Code, code, StringComparison.Ordinal)
            ? earlier.Result
            : throw new ConflictException($"The order already redeemed another promo code ({earlier.Code}).");

    private static PromoRedemptionResult Rejected(Guid orderId, string code, string currency, PromoCodeRejection reason) =>
        new(orderId, false, code, 0m, currency, reason, null);
}
