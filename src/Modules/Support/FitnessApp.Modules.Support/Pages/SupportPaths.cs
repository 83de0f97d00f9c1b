namespace FitnessApp.Modules.Support.Pages;

internal static class SupportPaths
{
    public const string Support = "/support";
    public const string Queue = "/admin/support";

    public static string Ticket(Guid id) => $"/support/tickets/{id}";

    public static string QueueTicket(Guid id) => $"/admin/support/tickets/{id}";

    public static string Screenshot(Guid id) => $"/api/v1/support/tickets/{id}/screenshot";
}
