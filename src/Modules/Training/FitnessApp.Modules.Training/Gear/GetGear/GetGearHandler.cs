using FitnessApp.Modules.Training.Data;
using MediatR;

namespace FitnessApp.Modules.Training.Gear.GetGear;

internal sealed class GetGearHandler(TrainingDbContext db) : IRequestHandler<GetGear, GearResponse>
{
    public async Task<GearResponse> Handle(GetGear request, CancellationToken cancellationToken) =>
        await db.ResponseForAsync(await db.FindOwnGearAsync(request.GearId, request.OwnerId, cancellationToken), cancellationToken);
}
