using FitnessApp.Modules.Shared.Contracts.Paging;
using FluentValidation;

namespace FitnessApp.Modules.Loyalty.Wallet.ListLedger;

internal sealed class ListLedgerValidator : AbstractValidator<ListLedger>
{
    public ListLedgerValidator()
    {
        RuleFor(q => q.Limit).InclusiveBetween(1, ListLedger.MaxLimit);
        RuleFor(q => q.Cursor).Must(c => c is null || KeysetCursor.TryDecode(c, out _))
            .WithMessage("'cursor' is not a cursor from a previous page.");
    }
}
