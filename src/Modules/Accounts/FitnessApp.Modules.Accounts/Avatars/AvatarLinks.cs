namespace FitnessApp.Modules.Accounts.Avatars;

/// <summary>Where an avatar is served; the version in the address changes with every upload, so a cached copy never hides a new one.</summary>
internal static class AvatarLinks
{
    public static string? Of(Guid userId, Guid? version, int size = AvatarSizes.Large) =>
        version is { } v ? $"/api/v1/accounts/{userId}/avatar?size={size}&v={v:N}" : null;

    public static string ETag(Guid version, int size) => $"\"{version:N}-{size}\"";
}
