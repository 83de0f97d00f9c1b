using FitnessApp.Modules.Shared.Contracts.Messaging;
using FluentValidation;

namespace FitnessApp.Modules.Shop.Cart.SetCartItem;

/// <summary>Puts a variant in the cart with this quantity (replacing the previous quantity).</summary>
internal sealed record SetCartItem(Guid UserId, Guid SkuId, int? Quantity) : ICommand<CartResponse>;

internal sealed class SetCartItemValidator : AbstractValidator<SetCartItem>
{
    public SetCartItemValidator() =>
        RuleFor(r => r.Quantity).NotNull().InclusiveBetween(1, CartItem.MaxQuantity);
}
