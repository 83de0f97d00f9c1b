namespace FitnessApp.Modules.Shop.Data;

internal static class ShopColumns
{
    public const int EnumMaxLength = 30;
}
