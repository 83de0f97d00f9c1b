using FitnessApp.Modules.Shared.Contracts.Messaging;

namespace FitnessApp.Modules.Support.Contracts.Tickets;

/// <summary>
/// How many operator replies on <paramref name="UserId"/>'s support tickets they have not opened yet (for a badge
/// anywhere in the portal). No access check: callers ask for the user they act for.
/// </summary>
public sealed record CountUnreadSupportReplies(Guid UserId) : IQuery<int>;
