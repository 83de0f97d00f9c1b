namespace FitnessApp.Modules.Social.Data;

internal static class SocialColumns
{
    public const int EnumMaxLength = 30;
}
