using FluentValidation;

namespace FitnessApp.Modules.Accounts.Pages.Security;

/// <summary>The first failure of each field of a use case's validation, keyed by the field's camelCase name.</summary>
internal static class FormErrors
{
    public static IReadOnlyDictionary<string, string> Of(ValidationException invalid) =>
        invalid.Errors
            .GroupBy(e => e.PropertyName.Length == 0 ? e.PropertyName : char.ToLowerInvariant(e.PropertyName[0]) + e.PropertyName[1..], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().ErrorMessage, StringComparer.Ordinal);
}
