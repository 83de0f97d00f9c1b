namespace FitnessApp.Modules.Support.Domain;

/// <summary>A ticket's one screenshot: the bytes as uploaded and the content type sniffed from them.</summary>
internal sealed class TicketScreenshot
{
    public Guid Id { get; init; }

    public Guid TicketId { get; init; }

    public string ContentType { get; init; } = "";

    public byte[] Content { get; init; } = [];

    public DateTime CreatedAt { get; init; }
}
