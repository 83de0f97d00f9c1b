namespace FitnessApp.Modules.Support.Domain;

internal sealed class Ticket
{
    public const int SubjectMaxLength = 200;
    public const int TextMaxLength = 5000;

    public Guid Id { get; init; }

    /// <summary>The athlete who opened it; the only non-operator who may see it.</summary>
    public Guid AuthorId { get; init; }

    public TicketCategory Category { get; init; }

    public string Subject { get; init; } = "";

    public TicketStatus Status { get; set; }

    public Guid? AssigneeId { get; set; }

    public DateTime CreatedAt { get; init; }

    public DateTime UpdatedAt { get; set; }

    /// <summary>When the author last opened the ticket: operator replies after it are unread.</summary>
    public DateTime AuthorReadAt { get; set; }

    public bool HasScreenshot { get; set; }
}
