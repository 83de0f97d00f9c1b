using FitnessApp.Modules.Training.Data;
using MediatR;

namespace FitnessApp.Modules.Training.Gear.CreateGear;

internal sealed class CreateGearHandler(TrainingDbContext db, TimeProvider clock) : IRequestHandler<CreateGear, GearResponse>
{
    public Task<GearResponse> Handle(CreateGear request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var gear = new GearItem { OwnerId = request.OwnerId, Name = string.Empty, CreatedAt = now, UpdatedAt = now };
        request.ApplyTo(gear);
        gear.RetirementThresholdMeters = request.RetirementThresholdMeters ?? GearWear.DefaultThreshold(gear.Kind);
        db.Gear.Add(gear);
        return Task.FromResult(GearResponse.From(gear, GearUsage.None));
    }
}
