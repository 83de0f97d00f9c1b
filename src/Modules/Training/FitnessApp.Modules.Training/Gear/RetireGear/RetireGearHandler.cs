using FitnessApp.Modules.Training.Data;
using MediatR;

namespace FitnessApp.Modules.Training.Gear.RetireGear;

internal sealed class RetireGearHandler(TrainingDbContext db, TimeProvider clock) : IRequestHandler<RetireGear, GearResponse>
{
    public async Task<GearResponse> Handle(RetireGear request, CancellationToken cancellationToken)
    {
        var gear = await db.FindOwnGearAsync(request.GearId, request.OwnerId, cancellationToken);
        if (request.Retired != gear.IsRetired)
        {
            var now = clock.GetUtcNow().UtcDateTime;
            gear.RetiredAt = request.Retired ? now : null;
            gear.UpdatedAt = now;
        }

        return await db.ResponseForAsync(gear, cancellationToken);
    }
}
