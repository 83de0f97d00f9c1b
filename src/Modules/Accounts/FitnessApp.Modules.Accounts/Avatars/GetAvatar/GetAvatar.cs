using FitnessApp.Modules.Shared.Contracts.Messaging;

namespace FitnessApp.Modules.Accounts.Avatars.GetAvatar;

/// <summary><paramref name="ViewerId"/> asks for <paramref name="UserId"/>'s avatar at <paramref name="Size"/> pixels (256 when null).</summary>
internal sealed record GetAvatar(Guid ViewerId, Guid UserId, int? Size) : IQuery<AvatarFile>;

internal sealed record AvatarFile(byte[] Content, string ContentType, string ETag);
