using FitnessApp.Modules.Shared.Contracts.Messaging;

namespace FitnessApp.Modules.Accounts.Avatars.RemoveAvatar;

/// <summary>Removes the athlete's avatar; nothing to remove is not an error.</summary>
internal sealed record RemoveAvatar(Guid UserId) : ICommand<bool>;
