namespace FitnessApp.Modules.Accounts.Avatars;

/// <param name="Url">The 256-pixel avatar.</param>
/// <param name="SmallUrl">The 64-pixel avatar.</param>
/// <param name="ContentType">What both are served as (the upload is never served as sent).</param>
internal sealed record AvatarResponse(string Url, string SmallUrl, string ContentType);
