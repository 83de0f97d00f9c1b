using System.Text.Json;
using System.Text.Json.Serialization;

namespace FitnessApp.Modules.Accounts.PersonalData.Export;

/// <summary>How export files are written: indented camelCase, enums by name, for a person to read.</summary>
internal static class PersonalDataJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };
}
