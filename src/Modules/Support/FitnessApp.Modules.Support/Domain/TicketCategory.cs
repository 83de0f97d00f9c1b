namespace FitnessApp.Modules.Support.Domain;

/// <summary>The fixed list athletes choose from when they open a ticket.</summary>
internal enum TicketCategory
{
    Account = 0,
    Activities = 1,
    Devices = 2,
    Privacy = 3,
    Bug = 4,
    Other = 5,
}
