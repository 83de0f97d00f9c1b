using FluentValidation;

namespace FitnessApp.Modules.Social.Interactions.EditComment;

internal sealed class EditCommentValidator : AbstractValidator<EditComment>
{
    public EditCommentValidator() => RuleFor(c => c.Text).ValidCommentText();
}
