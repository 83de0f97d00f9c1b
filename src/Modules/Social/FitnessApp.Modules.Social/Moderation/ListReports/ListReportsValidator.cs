using FitnessApp.Modules.Shared.Contracts.Paging;
using FitnessApp.Modules.Shared.Web;
using FluentValidation;

namespace FitnessApp.Modules.Social.Moderation.ListReports;

internal sealed class ListReportsValidator : AbstractValidator<ListReports>
{
    public ListReportsValidator()
    {
        RuleFor(q => q.Status).Must(s => s is null || WireNames.IsValid<ReportStatus>(s))
            .WithMessage($"'status' must be one of: {WireNames.Names<ReportStatus>()}.");
        RuleFor(q => q.Target).Must(t => t is null || WireNames.IsValid<ReportTarget>(t))
            .WithMessage($"'target' must be one of: {WireNames.Names<ReportTarget>()}.");
        RuleFor(q => q.Cursor).Must(KeysetCursor.IsValid).WithMessage("'cursor' is not a cursor from a previous page.");
        RuleFor(q => q.Limit).InclusiveBetween(1, ListReports.MaxLimit);
    }
}
