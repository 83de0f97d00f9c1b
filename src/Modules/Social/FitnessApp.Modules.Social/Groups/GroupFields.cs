using FitnessApp.Modules.Shared.Web;
using FitnessApp.Modules.Social.Groups.Domain;
using FitnessApp.Modules.Training.Contracts.Activities;
using FluentValidation;

namespace FitnessApp.Modules.Social.Groups;

/// <summary>What a group's creator or admin writes; the rules shared by creating and updating.</summary>
internal interface IGroupFields
{
    string? Name { get; }

    string? Description { get; }

    string? Sport { get; }

    string? City { get; }

    string? Privacy { get; }
}

internal sealed class GroupFieldsValidator : AbstractValidator<IGroupFields>
{
    public GroupFieldsValidator()
    {
        RuleFor(g => g.Name).Must(n => !string.IsNullOrWhiteSpace(n)).WithMessage("'name' is required.")
            .MaximumLength(Group.NameMaxLength);
        RuleFor(g => g.Description).MaximumLength(Group.DescriptionMaxLength);
        RuleFor(g => g.City).MaximumLength(Group.CityMaxLength);
        RuleFor(g => g.Sport).Must(s => s is null || WireNames.IsValid<Sport>(s))
            .WithMessage($"'sport' must be one of: {WireNames.Names<Sport>()}.");
        RuleFor(g => g.Privacy).Must(p => p is null || WireNames.IsValid<GroupPrivacy>(p))
            .WithMessage($"'privacy' must be one of: {WireNames.Names<GroupPrivacy>()}.");
    }
}

internal static class GroupText
{
    /// <summary>Trimmed, or null when blank.</summary>
    public static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    public static void Apply(this Group group, IGroupFields fields)
    {
        group.Name = fields.Name!.Trim();
        group.Description = Clean(fields.Description);
        group.Sport = fields.Sport is null ? null : WireNames.Parse<Sport>(fields.Sport);
        group.City = Clean(fields.City);
        group.Privacy = fields.Privacy is null ? GroupPrivacy.Public : WireNames.Parse<GroupPrivacy>(fields.Privacy);
    }
}
