namespace FitnessApp.Modules.Accounts.Avatars;

/// <summary>The square sizes an avatar is stored and served in.</summary>
internal static class AvatarSizes
{
    public const int Large = 256;
    public const int Small = 64;

    public static IReadOnlyList<int> All { get; } = [Large, Small];
}
