using FitnessApp.Modules.Shop.Orders;
using FitnessApp.Modules.Shop.Payments.Domain;

namespace FitnessApp.Modules.Shop.Payments.Gateways;

/// <summary>Cash on delivery: no processor; the order becomes paid when it is delivered, and refunds are paid out by the shop.</summary>
internal sealed class CashOnDeliveryGateway : IPaymentGateway
{
    public PaymentMethod Method => PaymentMethod.CashOnDelivery;

    public bool IsAvailable => true;

    public Task<Payment?> StartAsync(Order order, string returnUrl, DateTime now, CancellationToken cancellationToken) => Task.FromResult<Payment?>(null);

    public Task<ProcessorIntent?> CheckAsync(Payment payment, CancellationToken cancellationToken) => Task.FromResult<ProcessorIntent?>(null);

    public Task CancelAsync(Payment payment, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task<string?> RefundAsync(Order order, Guid refundId, long amountMinor, CancellationToken cancellationToken) => Task.FromResult<string?>(null);
}
