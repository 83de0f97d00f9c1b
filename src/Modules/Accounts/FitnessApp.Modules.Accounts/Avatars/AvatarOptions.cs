namespace FitnessApp.Modules.Accounts.Avatars;

/// <summary><c>Accounts:Avatars:*</c>.</summary>
internal sealed class AvatarOptions
{
    public const string Section = "Accounts:Avatars";

    /// <summary>The largest upload accepted (413 above it).</summary>
    public long MaxUploadBytes { get; set; } = 5 * 1024 * 1024;
}
