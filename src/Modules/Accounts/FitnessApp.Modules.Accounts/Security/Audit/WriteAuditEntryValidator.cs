using FitnessApp.Modules.Accounts.Contracts.Security;
using FitnessApp.Modules.Accounts.Domain;
using FluentValidation;

namespace FitnessApp.Modules.Accounts.Security.Audit;

internal sealed class WriteAuditEntryValidator : AbstractValidator<WriteAuditEntry>
{
    public WriteAuditEntryValidator()
    {
        RuleFor(r => r.Kind).IsInEnum();
        RuleFor(r => r.Details).MaximumLength(AuditEntry.DetailsMaxLength);
    }
}
