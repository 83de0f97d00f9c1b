using FitnessApp.Modules.Training.Data;
using MediatR;

namespace FitnessApp.Modules.Training.Gear.UpdateGear;

internal sealed class UpdateGearHandler(TrainingDbContext db, TimeProvider clock) : IRequestHandler<UpdateGear, GearResponse>
{
    public async Task<GearResponse> Handle(UpdateGear request, CancellationToken cancellationToken)
    {
        var gear = await db.FindOwnGearAsync(request.GearId, request.OwnerId, cancellationToken);
        request.ApplyTo(gear);
        gear.RetirementThresholdMeters = request.RetirementThresholdMeters;
        gear.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        return await db.ResponseForAsync(gear, cancellationToken);
    }
}
