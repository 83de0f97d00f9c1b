using FitnessApp.Modules.Training.Contracts.Activities;

namespace FitnessApp.Modules.Social.Groups.Domain;

/// <summary>A club or community: public groups are open to all, a private group's content is for its members only.</summary>
internal sealed class Group
{
    public const int NameMaxLength = 100;
    public const int DescriptionMaxLength = 2000;
    public const int CityMaxLength = 100;

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public required string Name { get; set; }

    public string? Description { get; set; }

    public Sport? Sport { get; set; }

    public string? City { get; set; }

    public GroupPrivacy Privacy { get; set; }

    /// <summary>Mirrors the one active membership with the owner role.</summary>
    public Guid OwnerId { get; set; }

    public DateTime CreatedAt { get; init; }

    public DateTime UpdatedAt { get; set; }

    /// <summary>Set by a moderator: the group is shown to nobody but its owner.</summary>
    public DateTime? HiddenAt { get; set; }
}
