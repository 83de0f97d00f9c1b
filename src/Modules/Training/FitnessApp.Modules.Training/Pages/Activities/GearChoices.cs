using FitnessApp.Modules.Shared.Mediation;
using FitnessApp.Modules.Training.Gear;
using FitnessApp.Modules.Training.Gear.ListGear;

namespace FitnessApp.Modules.Training.Pages.Activities;

/// <summary>The gear an activity form offers: what is in use, plus the activity's current gear even when retired.</summary>
internal static class GearChoices
{
    public static async Task<IReadOnlyList<GearResponse>> LoadAsync(IPortalMediator mediator, Guid ownerId, Guid? current = null)
    {
        var gear = await mediator.Send(new ListGear(ownerId));
        return gear.Where(g => !g.Retired || g.Id == current).ToList();
    }
}
