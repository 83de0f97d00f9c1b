using FluentValidation;

namespace FitnessApp.Modules.Training.Pages.Shared;

/// <summary>The fields a request's validation failed on, for a form to mark (keys are camelCase, as the API names them).</summary>
internal sealed class FormErrors
{
    private readonly HashSet<string> _fields = new(StringComparer.OrdinalIgnoreCase);

    public bool Any => _fields.Count > 0;

    public void Clear() => _fields.Clear();

    public void Take(ValidationException exception)
    {
        _fields.Clear();
        foreach (var error in exception.Errors)
        {
            var name = error.PropertyName;
            var bracket = name.IndexOf('[', StringComparison.Ordinal);
            _fields.Add(bracket < 0 ? name : name[..bracket]);
        }
    }

    public bool Has(string field) => _fields.Contains(field);
}
