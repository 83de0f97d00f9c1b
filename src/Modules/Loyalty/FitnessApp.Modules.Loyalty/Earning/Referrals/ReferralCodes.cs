using System.Security.Cryptography;
using FitnessApp.Modules.Loyalty.Data;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Loyalty.Earning.Referrals;

/// <summary>Finds or makes an athlete's referral code (letters and digits that cannot be confused, e.g. no O and 0).</summary>
internal sealed class ReferralCodes(LoyaltyDbContext db, TimeProvider clock)
{
    private const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    public static string Normalize(string code) => code.Trim().ToUpperInvariant();

    public async Task<string> CodeOfAsync(Guid userId, CancellationToken cancellationToken)
    {
        var existing = await db.ReferralCodes.Where(c => c.UserId == userId).Select(c => c.Code).FirstOrDefaultAsync(cancellationToken);
        if (existing is not null)
        {
            return existing;
        }

        string code;
        do
        {
            code = RandomNumberGenerator.GetString(Alphabet, ReferralCode.Length);
        }
        while (await db.ReferralCodes.AnyAsync(c => c.Code == code, cancellationToken));

        db.ReferralCodes.Add(new ReferralCode { UserId = userId, Code = code, CreatedAt = clock.GetUtcNow().UtcDateTime });
        return code;
    }
}
