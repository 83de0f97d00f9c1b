namespace FitnessApp.Modules.Support.Domain;

internal enum TicketStatus
{
    New = 0,
    InProgress = 1,
    WaitingForUser = 2,
    Resolved = 3,
}
