namespace FitnessApp.Modules.Shared.Errors;

/// <summary>422: the request is well formed but cannot be processed as sent (e.g. a reused idempotency key).</summary>
public sealed class UnprocessableException(string message) : Exception(message);
