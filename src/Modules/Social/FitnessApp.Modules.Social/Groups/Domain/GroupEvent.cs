using FitnessApp.Modules.Training.Contracts.Activities;

namespace FitnessApp.Modules.Social.Groups.Domain;

/// <summary>A planned run or ride of a group, at a time and place.</summary>
internal sealed class GroupEvent
{
    public const int TitleMaxLength = 200;
    public const int PlaceMaxLength = 200;
    public const int DescriptionMaxLength = 2000;

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid GroupId { get; init; }

    /// <summary>Null once the creator erased their account.</summary>
    public Guid? CreatedById { get; set; }

    public required string Title { get; set; }

    public Sport Sport { get; set; }

    public DateTime StartsAt { get; set; }

    public required string PlaceName { get; set; }

    public double? Latitude { get; set; }

    public double? Longitude { get; set; }

    public string? Description { get; set; }

    public DateTime CreatedAt { get; init; }

    public DateTime? CancelledAt { get; set; }
}
