namespace FitnessApp.Modules.Shared.Errors;

/// <summary>401: the credentials are missing, wrong or expired.</summary>
public sealed class UnauthorizedException(string message) : Exception(message);
