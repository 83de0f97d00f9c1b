using FluentValidation;

namespace FitnessApp.Modules.Shared.Mediation;

/// <summary>Validation messages and field keys name members as clients send them: camelCase JSON names.</summary>
internal static class ValidationNames
{
    public static void UseCamelCaseNames()
    {
        ValidatorOptions.Global.DisplayNameResolver = (_, member, _) => member is null ? null : CamelCase(member.Name);
        ValidatorOptions.Global.PropertyNameResolver = (_, member, _) => member is null ? null : CamelCase(member.Name);
    }

    private static string CamelCase(string name) => name.Length == 0 ? name : char.ToLowerInvariant(name[0]) + name[1..];
}
