using FitnessApp.Modules.Accounts.Contracts.Security;
using FitnessApp.Modules.Accounts.Security.Audit.SearchAuditLog;
using FitnessApp.Modules.Shared.Web;
using FluentValidation;

namespace FitnessApp.Modules.Accounts.Admin.SearchAudit;

internal sealed class SearchAuditLogValidator : AbstractValidator<SearchAuditLog>
{
    public const int MaxPageSize = 200;

    public SearchAuditLogValidator()
    {
        RuleFor(q => q.User).MaximumLength(256);
        RuleFor(q => q.Kind).Must(kind => string.IsNullOrEmpty(kind) || WireNames.IsValid<SecurityEventKind>(kind))
            .WithMessage($"'kind' must be one of: {WireNames.Names<SecurityEventKind>()}.");
        RuleFor(q => q.To).Must((q, to) => to is null || q.From is null || to > q.From)
            .WithMessage("'to' must be after 'from'.");
        RuleFor(q => q.Page).ValidPage();
        RuleFor(q => q.PageSize).ValidPageSize(MaxPageSize);
    }
}
