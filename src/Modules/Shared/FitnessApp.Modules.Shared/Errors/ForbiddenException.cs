namespace FitnessApp.Modules.Shared.Errors;

/// <summary>403: the caller is known and may see the object, but may not do this to it.</summary>
public sealed class ForbiddenException(string message) : Exception(message);
