using FitnessApp.Modules.Loyalty.Data;
using FitnessApp.Modules.Shared.Errors;
using FitnessApp.Modules.Shared.Web;
using FitnessApp.Modules.Training.Contracts.Activities;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Loyalty.Earning.Rules.SaveRule;

internal sealed class SaveRuleHandler(LoyaltyDbContext db, TimeProvider clock) : IRequestHandler<SaveRule, RuleResponse>
{
    public async Task<RuleResponse> Handle(SaveRule request, CancellationToken cancellationToken)
    {
        Sport? sport = request.Sport is null ? null : WireNames.Parse<Sport>(request.Sport);
        var rule = request.Id is { } id
            ? await db.EarningRules.FirstOrDefaultAsync(r => r.Id == id, cancellationToken) ?? throw new NotFoundException("Earning rule", id)
            : db.EarningRules.Add(new EarningRule()).Entity;
        if (await db.EarningRules.AnyAsync(r => r.Id != rule.Id && r.Sport == sport, cancellationToken))
        {
            throw new ConflictException($"There is already a rule for {request.Sport ?? "every sport"}.");
        }

        rule.Sport = sport;
        rule.PointsPerKm = request.PointsPerKm;
        rule.PointsPerMinute = request.PointsPerMinute;
        rule.PointsPerWorkout = request.PointsPerWorkout;
        rule.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        return RuleResponses.Of(rule);
    }
}
