using FitnessApp.Modules.Shared.Web;
using FitnessApp.Modules.Training.Activities;
using FitnessApp.Modules.Training.Activities.UpdateActivity;
using FitnessApp.Modules.Training.Contracts.Activities;
using FitnessApp.Modules.Training.Domain;

namespace FitnessApp.Modules.Training.Pages.Activities;

/// <summary>The edit form: what an athlete may change after recording.</summary>
internal sealed class EditActivityForm
{
    public string? Title { get; set; }

    public string? Notes { get; set; }

    public Sport Sport { get; set; }

    public Visibility Visibility { get; set; }

    /// <summary>The gear used; none clears it.</summary>
    public Guid? GearId { get; set; }

    public static EditActivityForm From(ActivityResponse activity) =>
        new() { Title = activity.Title, Notes = activity.Notes, Sport = activity.Sport, Visibility = activity.Visibility, GearId = activity.GearId };

    /// <summary>Every field is sent; empty notes clear them, and no gear clears the gear.</summary>
    public UpdateActivity ToCommand(Guid activityId, Guid ownerId) =>
        new(activityId, ownerId, Title ?? string.Empty, Notes ?? string.Empty, WireNames.Of(Sport), WireNames.Of(Visibility), GearId, ClearGear: GearId is null);

    public string? FieldOf(string path) => path.ToLowerInvariant() switch
    {
        "title" => nameof(Title),
        "notes" => nameof(Notes),
        "sport" => nameof(Sport),
        "visibility" => nameof(Visibility),
        "gearid" => nameof(GearId),
        _ => null,
    };
}
