using FitnessApp.Modules.Training.Contracts.Activities;

namespace FitnessApp.Modules.Shop.Domain;

/// <summary>A sport a product is made for (filters, and personal offers from what the athlete trains).</summary>
internal sealed class ProductSport
{
    public Guid ProductId { get; init; }

    public Sport Sport { get; init; }
}
