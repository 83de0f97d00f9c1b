namespace FitnessApp.Modules.Shared.Idempotency;

/// <summary>The first response to a request sent with an <c>Idempotency-Key</c>, kept to be replayed.</summary>
public sealed class IdempotencyRecord
{
    /// <summary>Whose key it is (the user id, or "anonymous"): one client's key never replays another's response.</summary>
    public required string Scope { get; init; }

    public required string Key { get; init; }

    /// <summary>SHA-256 of method, path and body: the same key with another request is refused.</summary>
    public required string RequestHash { get; init; }

    public DateTime CreatedAt { get; init; }

    public DateTime ExpiresAt { get; init; }

    /// <summary>Null while the first request is still being processed.</summary>
    public DateTime? CompletedAt { get; set; }

    public int? StatusCode { get; set; }

    public string? ContentType { get; set; }

    public string? ResponseBody { get; set; }

    public string? Location { get; set; }
}
