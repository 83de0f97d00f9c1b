using FitnessApp.Modules.Shared.Web;
using FluentValidation;

namespace FitnessApp.Modules.Social.Moderation.ReportContent;

internal sealed class ReportContentValidator : AbstractValidator<ReportContent>
{
    public ReportContentValidator()
    {
        RuleFor(c => c.Target).Must(WireNames.IsValid<ReportTarget>).WithMessage($"'target' must be one of: {WireNames.Names<ReportTarget>()}.");
        RuleFor(c => c.TargetId).NotEmpty();
        RuleFor(c => c.Reason).Must(WireNames.IsValid<ReportReason>).WithMessage($"'reason' must be one of: {WireNames.Names<ReportReason>()}.");
        RuleFor(c => c.Text).MaximumLength(Report.TextMaxLength);
    }
}
