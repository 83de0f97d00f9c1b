using FluentValidation;

namespace FitnessApp.Modules.Accounts.Notifications.SendNotificationEmail;

internal sealed class SendNotificationEmailValidator : AbstractValidator<Contracts.Notifications.SendNotificationEmail>
{
    public const int SubjectMaxLength = 200;
    public const int TextMaxLength = 10_000;

    public SendNotificationEmailValidator()
    {
        RuleFor(r => r.Kind).IsInEnum();
        RuleFor(r => r.Subject).NotEmpty().MaximumLength(SubjectMaxLength);
        RuleFor(r => r.Text).NotEmpty().MaximumLength(TextMaxLength);
        RuleFor(r => r.Link).Must(link => link is null || (link.StartsWith('/') && !link.StartsWith("//", StringComparison.Ordinal) && !link.Contains('\\')))
            .WithMessage("'link' must be a portal path starting with a single '/'.");
    }
}
