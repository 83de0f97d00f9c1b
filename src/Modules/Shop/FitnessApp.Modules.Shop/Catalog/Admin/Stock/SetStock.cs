using FitnessApp.Modules.Shared.Contracts.Messaging;
using FitnessApp.Modules.Shop.Catalog.GetProduct;
using FitnessApp.Modules.Shop.Domain;
using FluentValidation;

namespace FitnessApp.Modules.Shop.Catalog.Admin.Stock;

/// <summary>
/// Operators: sets a variant's stock to a counted quantity through the ledger (audited: who, when, before and after). When
/// <c>expectedStock</c> is sent and the stock is no longer that (an order came in), nothing changes: 409.
/// </summary>
internal sealed record SetStock(Guid SkuId, Guid ActorId, int? Stock, int? ExpectedStock, string? Note) : ICommand<VariantResponse>;

internal sealed record StockBody(int? Stock, int? ExpectedStock, string? Note);

internal sealed class SetStockValidator : AbstractValidator<SetStock>
{
    public const int MaxStock = 1_000_000;

    public SetStockValidator()
    {
        RuleFor(c => c.Stock).NotNull().InclusiveBetween(0, MaxStock);
        RuleFor(c => c.ExpectedStock).GreaterThanOrEqualTo(0);
        RuleFor(c => c.Note).MaximumLength(StockMovement.NoteMaxLength);
    }
}
