namespace FitnessApp.Modules.Loyalty.Promotions.Domain;

/// <summary>What a code is checked against: the order (currency and country upper case) and the athlete's standing.</summary>
internal sealed record PromoOrder(decimal Amount, string Currency, string Country, int Level, int UserUses);
