using FitnessApp.Modules.Accounts.Contracts.Profiles;
using FitnessApp.Modules.Accounts.Domain;
using FitnessApp.Modules.Shared.Web;
using FitnessApp.Modules.Training.Contracts.Activities;
using FluentValidation;

namespace FitnessApp.Modules.Accounts.Me.UpdateProfile;

internal sealed class UpdateProfileValidator : AbstractValidator<UpdateProfile>
{
    public UpdateProfileValidator(TimeProvider clock)
    {
        RuleFor(r => r.DisplayName).Must(name => !string.IsNullOrWhiteSpace(name)).WithMessage("'displayName' must not be empty.")
            .MaximumLength(User.DisplayNameMaxLength);
        RuleFor(r => r.Bio).MaximumLength(ProfileRules.BioMaxLength);
        RuleFor(r => r.City).MaximumLength(ProfileRules.CityMaxLength);
        RuleFor(r => r.Country).Must(c => string.IsNullOrEmpty(c) || Countries.IsCode(c))
            .WithMessage("'country' must be an ISO 3166-1 alpha-2 code, e.g. DE.");
        RuleFor(r => r.BirthDate).Must(date => date is not { } d || d <= Today(clock))
            .WithMessage("'birthDate' must not be in the future.")
            .DependentRules(() => RuleFor(r => r.BirthDate)
                .Must(date => date is not { } d || ProfileRules.AgeOn(d, Today(clock)) is >= ProfileRules.MinAge and <= ProfileRules.MaxAge)
                .WithMessage($"'birthDate' must give an age from {ProfileRules.MinAge} to {ProfileRules.MaxAge} years."));
        RuleFor(r => r.Sex).Must(s => s is null || WireNames.IsValid<Sex>(s))
            .WithMessage($"'sex' must be one of: {WireNames.Names<Sex>()}.");
        RuleFor(r => r.HeightCm).InclusiveBetween(ProfileRules.MinHeightCm, ProfileRules.MaxHeightCm);
        RuleFor(r => r.WeightKg).InclusiveBetween(ProfileRules.MinWeightKg, ProfileRules.MaxWeightKg);
        RuleFor(r => r.MaxHeartRate).InclusiveBetween(ProfileRules.MinMaxHeartRate, ProfileRules.MaxMaxHeartRate);
        RuleFor(r => r.RestingHeartRate).InclusiveBetween(ProfileRules.MinRestingHeartRate, ProfileRules.MaxRestingHeartRate)
            .DependentRules(() => RuleFor(r => r.RestingHeartRate)
                .Must((r, rest) => rest is null || r.MaxHeartRate is null || rest < r.MaxHeartRate)
                .WithMessage("'restingHeartRate' must be lower than 'maxHeartRate'."));
        RuleForEach(r => r.PreferredSports).Must(WireNames.IsValid<Sport>)
            .WithMessage($"Each preferred sport must be one of: {WireNames.Names<Sport>()}.");
    }

    private static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
}
