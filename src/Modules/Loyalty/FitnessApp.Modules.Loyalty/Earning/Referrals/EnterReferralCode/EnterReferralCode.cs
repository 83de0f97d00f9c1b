using FitnessApp.Modules.Shared.Contracts.Messaging;
using FluentValidation;

namespace FitnessApp.Modules.Loyalty.Earning.Referrals.EnterReferralCode;

/// <summary>A new athlete (registered within the last 30 days) enters another athlete's code, once.</summary>
internal sealed record EnterReferralCode(Guid UserId, string? Code) : ICommand<ReferralResponse>;

internal sealed class EnterReferralCodeValidator : AbstractValidator<EnterReferralCode>
{
    public EnterReferralCodeValidator() =>
        RuleFor(c => c.Code).NotEmpty().MaximumLength(ReferralCode.Length * 2);
}
