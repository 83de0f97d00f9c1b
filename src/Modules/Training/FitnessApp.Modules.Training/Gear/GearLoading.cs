using FitnessApp.Modules.Shared.Errors;
using FitnessApp.Modules.Training.Data;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Training.Gear;

internal static class GearLoading
{
    public const string Route = "/gear";

    public static string Of(Guid id) => $"/api/v1/training/gear/{id}";

    /// <summary>The caller's own gear, tracked; 404 when it does not exist or belongs to someone else.</summary>
    public static async Task<GearItem> FindOwnGearAsync(this TrainingDbContext db, Guid gearId, Guid ownerId, CancellationToken cancellationToken) =>
        await db.Gear.SingleOrDefaultAsync(g => g.Id == gearId && g.OwnerId == ownerId, cancellationToken)
        ?? throw new NotFoundException("Gear", gearId);

    /// <summary>The response for one piece of gear, with its accumulated distance.</summary>
    public static async Task<GearResponse> ResponseForAsync(this TrainingDbContext db, GearItem gear, CancellationToken cancellationToken)
    {
        var usage = await db.ForOwnerAsync(gear.OwnerId, gear.Id, cancellationToken);
        return GearResponse.From(gear, usage.GetValueOrDefault(gear.Id, GearUsage.None));
    }

    /// <summary>True when <paramref name="gearId"/> names gear of <paramref name="ownerId"/> (for activities' gearId).</summary>
    public static Task<bool> IsOwnGearAsync(this TrainingDbContext db, Guid gearId, Guid ownerId, CancellationToken cancellationToken) =>
        db.Gear.AnyAsync(g => g.Id == gearId && g.OwnerId == ownerId, cancellationToken);
}
