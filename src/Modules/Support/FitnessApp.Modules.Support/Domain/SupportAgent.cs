namespace FitnessApp.Modules.Support.Domain;

/// <summary>
/// An operator who has worked in support (recorded on each of their queue requests): the people a ticket may be
/// assigned to. Support does not read Accounts' roles; an operator becomes assignable by opening the queue once.
/// </summary>
internal sealed class SupportAgent
{
    public Guid UserId { get; init; }

    public DateTime LastSeenAt { get; set; }
}
