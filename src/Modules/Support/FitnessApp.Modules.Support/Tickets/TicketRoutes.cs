namespace FitnessApp.Modules.Support.Tickets;

internal static class TicketRoutes
{
    public const string Tickets = "/tickets";

    public static string Of(Guid id) => $"/api/v1/support/tickets/{id}";
}
