namespace FitnessApp.Modules.Accounts.Domain;

/// <summary>One size of an athlete's avatar, as re-encoded by the server (never the upload itself).</summary>
internal sealed class AvatarImage
{
    public const int ContentTypeMaxLength = 32;

    public Guid Id { get; init; }

    public Guid UserId { get; init; }

    /// <summary>Side of the square in pixels.</summary>
    public int Size { get; init; }

    public required byte[] Content { get; init; }

    public required string ContentType { get; init; }

    /// <summary>The same for every size of one upload: the ETag.</summary>
    public Guid Version { get; init; }

    public DateTime CreatedAt { get; init; }
}
