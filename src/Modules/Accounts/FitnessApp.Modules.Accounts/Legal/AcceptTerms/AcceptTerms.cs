using FitnessApp.Modules.Accounts.Consent;
using FitnessApp.Modules.Shared.Contracts.Messaging;

namespace FitnessApp.Modules.Accounts.Legal.AcceptTerms;

/// <summary>The user accepts the terms and privacy policy in force (the version they were shown, which must be it).</summary>
internal sealed record AcceptTerms(Guid UserId, string? Version) : ICommand<PrivacyResponse>;
