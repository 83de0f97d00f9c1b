namespace FitnessApp.Modules.Shared.Errors;

/// <summary>413: the body or upload is over a configured limit.</summary>
public sealed class PayloadTooLargeException(string message) : Exception(message);
