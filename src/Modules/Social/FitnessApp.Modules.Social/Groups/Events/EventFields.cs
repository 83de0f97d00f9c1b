using FitnessApp.Modules.Shared.Web;
using FitnessApp.Modules.Social.Groups.Domain;
using FitnessApp.Modules.Training.Contracts.Activities;
using FluentValidation;

namespace FitnessApp.Modules.Social.Groups.Events;

/// <summary>What an admin writes about an event; shared by creating and updating.</summary>
internal interface IEventFields
{
    string? Title { get; }

    string? Sport { get; }

    DateTimeOffset? StartsAt { get; }

    string? PlaceName { get; }

    double? Latitude { get; }

    double? Longitude { get; }

    string? Description { get; }
}

/// <summary>The start must be in the future; a position is optional, but both coordinates or neither.</summary>
internal sealed class EventFieldsValidator : AbstractValidator<IEventFields>
{
    public EventFieldsValidator(TimeProvider clock)
    {
        RuleFor(e => e.Title).Must(t => !string.IsNullOrWhiteSpace(t)).WithMessage("'title' is required.").MaximumLength(GroupEvent.TitleMaxLength);
        RuleFor(e => e.Sport).Must(WireNames.IsValid<Sport>).WithMessage($"'sport' must be one of: {WireNames.Names<Sport>()}.");
        RuleFor(e => e.StartsAt).NotNull()
            .Must(s => s is null || s > clock.GetUtcNow()).WithMessage("'startsAt' must be in the future.");
        RuleFor(e => e.PlaceName).Must(t => !string.IsNullOrWhiteSpace(t)).WithMessage("'placeName' is required.").MaximumLength(GroupEvent.PlaceMaxLength);
        RuleFor(e => e.Latitude).InclusiveBetween(-90, 90)
            .NotNull().When(e => e.Longitude is not null).WithMessage("'latitude' and 'longitude' go together.");
        RuleFor(e => e.Longitude).InclusiveBetween(-180, 180)
            .NotNull().When(e => e.Latitude is not null).WithMessage("'latitude' and 'longitude' go together.");
        RuleFor(e => e.Description).MaximumLength(GroupEvent.DescriptionMaxLength);
    }
}

internal static class EventText
{
    public static void Apply(this GroupEvent groupEvent, IEventFields fields)
    {
        groupEvent.Title = fields.Title!.Trim();
        groupEvent.Sport = WireNames.Parse<Sport>(fields.Sport!);
        groupEvent.StartsAt = fields.StartsAt!.Value.UtcDateTime;
        groupEvent.PlaceName = fields.PlaceName!.Trim();
        groupEvent.Latitude = fields.Latitude;
        groupEvent.Longitude = fields.Longitude;
        groupEvent.Description = GroupText.Clean(fields.Description);
    }
}
