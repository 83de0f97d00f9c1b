namespace FitnessApp.Modules.Loyalty.Data;

internal static class LoyaltyColumns
{
    public const int EnumMaxLength = 30;
}
