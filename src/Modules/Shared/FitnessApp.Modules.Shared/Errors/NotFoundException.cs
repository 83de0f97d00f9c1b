namespace FitnessApp.Modules.Shared.Errors;

/// <summary>404: the object does not exist, or the caller may not know that it does.</summary>
public sealed class NotFoundException(string resource, object id)
    : Exception($"{resource} '{id}' was not found.")
{
    public string Resource { get; } = resource;
}
