using FluentValidation;

namespace FitnessApp.Modules.Accounts.Avatars.GetAvatar;

internal sealed class GetAvatarValidator : AbstractValidator<GetAvatar>
{
    public GetAvatarValidator() =>
        RuleFor(r => r.Size).Must(size => size is null || AvatarSizes.All.Contains(size.Value))
            .WithMessage($"'size' must be one of: {string.Join(", ", AvatarSizes.All)}.");
}
