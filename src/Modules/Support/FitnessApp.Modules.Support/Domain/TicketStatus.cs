namespace FitnessApp.Modules.Support.Domain;

public enum TicketStatus
{
    New = 0,
    InProgress = 1,
    WaitingForUser = 2,
    Resolved = 3,
}
