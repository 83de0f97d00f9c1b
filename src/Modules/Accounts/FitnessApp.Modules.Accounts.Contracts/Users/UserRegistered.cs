using FitnessApp.Modules.Shared.Contracts.Messaging;

namespace FitnessApp.Modules.Accounts.Contracts.Users;

/// <summary>A new account exists (by self-registration, the admin bootstrap or demo seeding).</summary>
public sealed record UserRegistered(Guid UserId, string Email, string DisplayName) : IntegrationEvent;
