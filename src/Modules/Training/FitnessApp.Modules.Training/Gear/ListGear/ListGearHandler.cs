using FitnessApp.Modules.Training.Data;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Training.Gear.ListGear;

internal sealed class ListGearHandler(TrainingDbContext db) : IRequestHandler<ListGear, IReadOnlyList<GearResponse>>
{
    public async Task<IReadOnlyList<GearResponse>> Handle(ListGear request, CancellationToken cancellationToken)
    {
        var gear = await db.Gear.AsNoTracking().Where(g => g.OwnerId == request.OwnerId).ToListAsync(cancellationToken);
        var usage = await db.ForOwnerAsync(request.OwnerId, null, cancellationToken);
        return gear
            .OrderBy(g => g.IsRetired)
            .ThenBy(g => g.Name, StringComparer.CurrentCultureIgnoreCase)
            .ThenBy(g => g.Id)
            .Select(g => GearResponse.From(g, usage.GetValueOrDefault(g.Id, GearUsage.None)))
            .ToList();
    }
}
