using FluentValidation;
using FluentValidation.Results;

namespace FitnessApp.Modules.Shared.Errors;

/// <summary>Raises a 400 with field errors from outside a validator (e.g. Identity's password rules).</summary>
public static class FieldErrors
{
    public static ValidationException For(string field, params string[] messages) =>
        new(messages.Select(m => new ValidationFailure(field, m)));
}
