using FitnessApp.Modules.Shared.Contracts.Messaging;

namespace FitnessApp.Modules.Accounts.Contracts.Security;

/// <summary>
/// The people who run the platform: accounts with the operator or admin role that are not locked (nor being erased),
/// by display name. Other modules use it to offer staff for assignment and to check that an id is one.
/// </summary>
public sealed record ListOperators : IQuery<IReadOnlyList<OperatorSummary>>;

public sealed record OperatorSummary(Guid UserId, string DisplayName);
