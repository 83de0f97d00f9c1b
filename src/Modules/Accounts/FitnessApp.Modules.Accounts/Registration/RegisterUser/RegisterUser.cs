using FitnessApp.Modules.Shared.Contracts.Messaging;

namespace FitnessApp.Modules.Accounts.Registration.RegisterUser;

/// <summary>Creates an athlete account (from the API or the portal's registration page).</summary>
internal sealed record RegisterUser(string Email, string Password, string DisplayName) : ICommand<RegisteredUser>;

internal sealed record RegisteredUser(Guid Id, string Email, string DisplayName);
