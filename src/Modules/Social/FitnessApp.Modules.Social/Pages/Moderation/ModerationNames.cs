using System.Globalization;
using FitnessApp.Modules.Social.Moderation;
using Microsoft.Extensions.Localization;

namespace FitnessApp.Modules.Social.Pages.Moderation;

/// <summary>Wire names (camelCase) of targets, reasons and actions as the operator reads them.</summary>
internal static class ModerationNames
{
    public static string Target(IStringLocalizer<ModerationText> text, string wire) => text[$"Target_{Pascal(wire)}"];

    public static string Reason(IStringLocalizer<ModerationText> text, string wire) => text[$"Reason_{Pascal(wire)}"];

    public static string Action(IStringLocalizer<ModerationText> text, string wire) => text[$"Action_{Pascal(wire)}"];

    public static string Person(ModerationPerson person) => person.Name ?? person.Id.ToString("D", CultureInfo.InvariantCulture);

    public static string Id(Guid id) => id.ToString("D", CultureInfo.InvariantCulture);

    private static string Pascal(string wire) => wire.Length == 0 ? wire : char.ToUpperInvariant(wire[0]) + wire[1..];
}
