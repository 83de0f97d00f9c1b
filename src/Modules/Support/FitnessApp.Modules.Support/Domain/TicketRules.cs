using FitnessApp.Modules.Shared.Errors;
using FitnessApp.Modules.Shared.Web;

namespace FitnessApp.Modules.Support.Domain;

/// <summary>
/// How a ticket's status moves. An operator's reply means the ball is in the athlete's court (waiting for user); the
/// athlete's reply brings it back (in progress). Nothing goes back to "new"; a resolved ticket takes no replies until an
/// operator reopens it (in progress). Setting the status a ticket already has changes nothing.
/// </summary>
internal static class TicketRules
{
    public static bool CanChange(TicketStatus from, TicketStatus to) => (from, to) switch
    {
        _ when from == to => true,
        (_, TicketStatus.New) => false,
        (TicketStatus.Resolved, not TicketStatus.InProgress) => false,
        _ => true,
    };

    public static TicketStatus Change(TicketStatus from, TicketStatus to) =>
        CanChange(from, to) ? to : throw Conflict($"A {WireNames.Of(from)} ticket cannot become {WireNames.Of(to)}.");

    public static TicketStatus AfterAthleteReply(TicketStatus status) => status switch
    {
        TicketStatus.Resolved => throw Conflict("The ticket is resolved: open a new one."),
        TicketStatus.WaitingForUser => TicketStatus.InProgress,
        _ => status,
    };

    public static TicketStatus AfterOperatorReply(TicketStatus status) => status switch
    {
        TicketStatus.Resolved => throw Conflict("The ticket is resolved: reopen it (in progress) before replying."),
        _ => TicketStatus.WaitingForUser,
    };

    /// <summary>The athlete closes their own ticket.</summary>
    public static TicketStatus AfterAthleteResolves(TicketStatus status) => status switch
    {
        TicketStatus.Resolved => throw Conflict("The ticket is already resolved."),
        _ => TicketStatus.Resolved,
    };

    private static ConflictException Conflict(string message) =>
        new(message, new Dictionary<string, object?> { ["code"] = "support.invalidTransition" });
}
