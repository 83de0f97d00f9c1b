using FitnessApp.Modules.Training.Contracts.Gear;
using FitnessApp.Modules.Training.Data;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Training.Gear.GetGearWear;

internal sealed class GetGearWearHandler(TrainingDbContext db) : IRequestHandler<Contracts.Gear.GetGearWear, IReadOnlyList<GearWearItem>>
{
    public async Task<IReadOnlyList<GearWearItem>> Handle(Contracts.Gear.GetGearWear request, CancellationToken cancellationToken)
    {
        if (request.OwnerIds.Count == 0)
        {
            return [];
        }

        var owners = request.OwnerIds.Distinct().ToList();
        var gear = await db.Gear.AsNoTracking().Where(g => owners.Contains(g.OwnerId) && g.RetiredAt == null).ToListAsync(cancellationToken);
        if (gear.Count == 0)
        {
            return [];
        }

        var ids = gear.Select(g => g.Id).ToList();
        var distances = await db.Activities.AsNoTracking()
            .Where(a => a.GearId != null && ids.Contains(a.GearId.Value) && !a.OwnerOnly)
            .GroupBy(a => a.GearId!.Value)
            .Select(g => new { GearId = g.Key, Distance = g.Sum(a => a.DistanceMeters ?? 0) })
            .ToDictionaryAsync(r => r.GearId, r => r.Distance, cancellationToken);
        return gear
            .Select(g => new GearWearItem(
                g.OwnerId, g.Id, TypeOf(g.Kind), g.Name, g.Brand, g.Model, g.Sports.ToList(),
                GearWear.TotalDistance(g.InitialDistanceMeters, distances.GetValueOrDefault(g.Id)), g.RetirementThresholdMeters))
            .ToList();
    }

    private static GearType TypeOf(GearKind kind) => kind switch
    {
        GearKind.Shoes => GearType.Shoes,
        GearKind.Bike => GearType.Bike,
        _ => GearType.Other,
    };
}
