using FitnessApp.Modules.Shared.Web;
using FitnessApp.Modules.Training.Contracts.Activities;
using FitnessApp.Modules.Training.Domain;
using FluentValidation;

namespace FitnessApp.Modules.Training.Activities.UpdateActivity;

internal sealed class UpdateActivityValidator : AbstractValidator<UpdateActivity>
{
    public UpdateActivityValidator()
    {
        RuleFor(r => r.Title).Must(t => t is null || !string.IsNullOrWhiteSpace(t))
            .WithMessage("'title' must not be empty; leave it out to keep the current one.")
            .MaximumLength(Activity.TitleMaxLength);
        RuleFor(r => r.Notes).MaximumLength(Activity.NotesMaxLength);
        RuleFor(r => r.Sport).Must(s => s is null || WireNames.IsValid<Sport>(s))
            .WithMessage($"'sport' must be one of: {WireNames.Names<Sport>()}.");
        RuleFor(r => r.Visibility).Must(v => v is null || WireNames.IsValid<Visibility>(v))
            .WithMessage($"'visibility' must be one of: {WireNames.Names<Visibility>()}.");
    }
}
