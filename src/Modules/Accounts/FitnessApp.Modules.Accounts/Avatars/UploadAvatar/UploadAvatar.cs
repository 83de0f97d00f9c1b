using FitnessApp.Modules.Shared.Contracts.Messaging;

namespace FitnessApp.Modules.Accounts.Avatars.UploadAvatar;

/// <summary>Replaces the athlete's avatar with <paramref name="Content"/> (JPEG, PNG or WebP), re-encoded.</summary>
internal sealed record UploadAvatar(Guid UserId, byte[] Content) : ICommand<AvatarResponse>;
