using FitnessApp.Modules.Training.Data;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Training.Gear.DeleteGear;

internal sealed class DeleteGearHandler(TrainingDbContext db) : IRequestHandler<DeleteGear, Unit>
{
    public async Task<Unit> Handle(DeleteGear request, CancellationToken cancellationToken)
    {
        var gear = await db.FindOwnGearAsync(request.GearId, request.OwnerId, cancellationToken);

        // Runs inside the command's transaction, so the activities and the gear change together.
        await db.Activities
            .Where(a => a.OwnerId == request.OwnerId && a.GearId == gear.Id)
            .ExecuteUpdateAsync(set => set.SetProperty(a => a.GearId, (Guid?)null), cancellationToken);
        db.Gear.Remove(gear);
        return Unit.Value;
    }
}
