using FitnessApp.Modules.Shared.Contracts.Messaging;
using FitnessApp.Modules.Shared.Web;
using FitnessApp.Modules.Training.Contracts.Activities;
using FluentValidation;

namespace FitnessApp.Modules.Loyalty.Earning.Campaigns.SaveCampaign;

/// <summary>
/// Operators: creates (<see cref="Id"/> null) or changes a campaign; campaigns of one sport (or one for every sport) may
/// not overlap in time.
/// </summary>
internal sealed record SaveCampaign(Guid? Id, string? Name, string? Sport, double Multiplier, DateTime? StartsAt, DateTime? EndsAt) : ICommand<CampaignResponse>;

internal sealed class SaveCampaignValidator : AbstractValidator<SaveCampaign>
{
    public SaveCampaignValidator()
    {
        RuleFor(c => c.Name).NotEmpty().MaximumLength(BonusCampaign.NameMaxLength);
        RuleFor(c => c.Sport).Must(s => s is null || WireNames.IsValid<Sport>(s))
            .WithMessage($"'sport' must be null (every sport) or one of: {WireNames.Names<Sport>()}.");
        RuleFor(c => c.Multiplier).GreaterThan(0).LessThanOrEqualTo(BonusCampaign.MaxMultiplier);
        RuleFor(c => c.StartsAt).NotNull();
        RuleFor(c => c.EndsAt).NotNull();
        RuleFor(c => c.EndsAt).GreaterThan(c => c.StartsAt).When(c => c.StartsAt is not null && c.EndsAt is not null)
            .WithMessage("'endsAt' must be after 'startsAt'.");
    }
}
