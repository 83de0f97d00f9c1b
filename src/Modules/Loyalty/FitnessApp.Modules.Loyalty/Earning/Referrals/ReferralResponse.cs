namespace FitnessApp.Modules.Loyalty.Earning.Referrals;

/// <param name="Code">The athlete's own code to share.</param>
/// <param name="ReferredCount">Athletes who entered the code.</param>
/// <param name="PointsEarned">Referral points the athlete has earned (as referrer or referred).</param>
/// <param name="ReferredBy">Whether the athlete has entered someone's code.</param>
internal sealed record ReferralResponse(string Code, int ReferredCount, int PointsEarned, bool ReferredBy);
