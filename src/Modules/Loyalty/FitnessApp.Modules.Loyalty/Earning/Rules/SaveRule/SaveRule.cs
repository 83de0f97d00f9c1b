using FitnessApp.Modules.Shared.Contracts.Messaging;
using FitnessApp.Modules.Shared.Web;
using FitnessApp.Modules.Training.Contracts.Activities;
using FluentValidation;

namespace FitnessApp.Modules.Loyalty.Earning.Rules.SaveRule;

/// <summary>Operators: creates a rule (<see cref="Id"/> null) or changes one; one rule per sport, one for every sport.</summary>
internal sealed record SaveRule(Guid? Id, string? Sport, double PointsPerKm, double PointsPerMinute, int PointsPerWorkout) : ICommand<RuleResponse>
{
    public const double MaxPerUnit = 1000;
    public const int MaxPerWorkout = 10000;
}

internal sealed class SaveRuleValidator : AbstractValidator<SaveRule>
{
    public SaveRuleValidator()
    {
        RuleFor(c => c.Sport).Must(s => s is null || WireNames.IsValid<Sport>(s))
            .WithMessage($"'sport' must be null (every sport) or one of: {WireNames.Names<Sport>()}.");
        RuleFor(c => c.PointsPerKm).InclusiveBetween(0, SaveRule.MaxPerUnit);
        RuleFor(c => c.PointsPerMinute).InclusiveBetween(0, SaveRule.MaxPerUnit);
        RuleFor(c => c.PointsPerWorkout).InclusiveBetween(0, SaveRule.MaxPerWorkout);
    }
}
