namespace FitnessApp.Modules.Shared.Errors;

/// <summary>409: the request contradicts the current state (a duplicate, a concurrent change).</summary>
public sealed class ConflictException(string message, IReadOnlyDictionary<string, object?>? extensions = null)
    : Exception(message)
{
    /// <summary>Extra members of the problem document, e.g. the id of the existing object.</summary>
    public IReadOnlyDictionary<string, object?> Extensions { get; } = extensions ?? new Dictionary<string, object?>();
}
