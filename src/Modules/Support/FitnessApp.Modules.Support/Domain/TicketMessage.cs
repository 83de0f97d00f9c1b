namespace FitnessApp.Modules.Support.Domain;

internal sealed class TicketMessage
{
    public Guid Id { get; init; }

    public Guid TicketId { get; init; }

    /// <summary>Null once the author's account was erased (an operator's replies stay, anonymised).</summary>
    public Guid? AuthorId { get; set; }

    public MessageKind Kind { get; init; }

    public string Text { get; init; } = "";

    public DateTime CreatedAt { get; init; }

    public bool IsPublic => Kind != MessageKind.InternalNote;
}
