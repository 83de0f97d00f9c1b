using FitnessApp.Modules.Shared.Web;
using FluentValidation;

namespace FitnessApp.Modules.Social.Moderation.ResolveReport;

internal sealed class ResolveReportValidator : AbstractValidator<ResolveReport>
{
    public ResolveReportValidator()
    {
        RuleFor(c => c.Action).Must(WireNames.IsValid<ModerationAction>)
            .WithMessage($"'action' must be one of: {WireNames.Names<ModerationAction>()}.");
        RuleFor(c => c.Note).MaximumLength(Report.NoteMaxLength);
        RuleFor(c => c.SuspendDays).NotNull().InclusiveBetween(1, ResolveReport.MaxSuspendDays)
            .When(c => string.Equals(c.Action, WireNames.Of(ModerationAction.Suspend), StringComparison.OrdinalIgnoreCase))
            .WithMessage($"'suspendDays' must be from 1 to {ResolveReport.MaxSuspendDays} to suspend.");
    }
}
