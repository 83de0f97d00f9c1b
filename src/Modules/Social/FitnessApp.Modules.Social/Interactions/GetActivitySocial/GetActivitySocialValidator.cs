using FluentValidation;

namespace FitnessApp.Modules.Social.Interactions.GetActivitySocial;

internal sealed class GetActivitySocialValidator : AbstractValidator<GetActivitySocial>
{
    public GetActivitySocialValidator() => RuleFor(q => q.CommentLimit).InclusiveBetween(1, CommentReader.MaxLimit);
}
