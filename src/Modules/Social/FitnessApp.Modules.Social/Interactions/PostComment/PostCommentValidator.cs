using FluentValidation;

namespace FitnessApp.Modules.Social.Interactions.PostComment;

internal sealed class PostCommentValidator : AbstractValidator<PostComment>
{
    public PostCommentValidator() => RuleFor(c => c.Text).ValidCommentText();
}
