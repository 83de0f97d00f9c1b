using FitnessApp.Modules.Loyalty.Data;
using FitnessApp.Modules.Shared.Contracts.Messaging;
using FitnessApp.Modules.Shared.Errors;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Loyalty.Achievements.Admin.GetDefinition;

internal sealed record GetAchievementDefinition(Guid Id) : IQuery<AchievementDefinitionResponse>;

internal sealed class GetAchievementDefinitionHandler(LoyaltyDbContext db) : IRequestHandler<GetAchievementDefinition, AchievementDefinitionResponse>
{
    public async Task<AchievementDefinitionResponse> Handle(GetAchievementDefinition request, CancellationToken cancellationToken) =>
        AchievementDefinitionResponse.From(
            await db.AchievementDefinitions.AsNoTracking().SingleOrDefaultAsync(d => d.Id == request.Id, cancellationToken)
            ?? throw new NotFoundException("Achievement", request.Id));
}
