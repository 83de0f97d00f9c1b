using FitnessApp.Modules.Loyalty.Promotions.Admin;
using FitnessApp.Modules.Shared.Contracts.Messaging;
using FitnessApp.Modules.Shared.Contracts.Paging;
using FluentValidation;

namespace FitnessApp.Modules.Loyalty.Promotions.ListPromoCodes;

/// <summary>Every code, newest first, with its usage.</summary>
internal sealed record ListPromoCodes(string? Cursor, int? Limit) : IQuery<Page<PromoCodeResponse>>
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 200;
}

internal sealed class ListPromoCodesValidator : AbstractValidator<ListPromoCodes>
{
    public ListPromoCodesValidator()
    {
        RuleFor(r => r.Cursor).Must(KeysetCursor.IsValid).WithMessage("'cursor' is not a cursor this list gave.");
        RuleFor(r => r.Limit).InclusiveBetween(1, ListPromoCodes.MaxLimit);
    }
}
