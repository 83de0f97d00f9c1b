using FitnessApp.Modules.Shared.Errors;
using Microsoft.Extensions.Localization;

namespace FitnessApp.Modules.Social.Pages.Groups;

/// <summary>The message a group page shows when an action fails.</summary>
internal static class GroupErrors
{
    public static string Message(IStringLocalizer<GroupsText> text, Exception exception) => exception switch
    {
        FluentValidation.ValidationException invalid => text["Error_Input", string.Join(", ", invalid.Errors.Select(e => e.PropertyName).Distinct())],
        ForbiddenException => text["Error_Forbidden"],
        ConflictException conflict => text["Error_Conflict", conflict.Message],
        _ => text["Error_NotFound"],
    };
}
