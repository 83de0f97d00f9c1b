using FitnessApp.Modules.Shop.Orders;

namespace FitnessApp.Modules.Shop.Payments.Gateways;

/// <summary>The gateway of a payment method.</summary>
internal sealed class PaymentGateways(IEnumerable<IPaymentGateway> gateways)
{
    public IPaymentGateway For(PaymentMethod method) =>
        gateways.FirstOrDefault(g => g.Method == method) ?? throw new InvalidOperationException($"No payment gateway handles {method}.");
}
