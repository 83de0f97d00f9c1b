using FitnessApp.Modules.Accounts.Contracts.Notifications;
using FitnessApp.Modules.Accounts.Contracts.Profiles;
using FitnessApp.Modules.Shop.Pages;
using MediatR;

namespace FitnessApp.Modules.Shop.Orders.Notifications;

/// <summary>
/// Sends an order email through Accounts, which drops it when the customer switched order emails off, has no confirmed
/// address or no longer exists (an erased customer's order carries a random id).
/// </summary>
internal sealed class OrderEmailSender(IMediator mediator)
{
    public async Task SendAsync(
        Guid customerId, Guid orderId, OrderEmailKind kind, long amountMinor, string currency, string? trackingNumber, CancellationToken cancellationToken)
    {
        var profiles = await mediator.Send(new GetAthleteProfiles([customerId]), cancellationToken);
        if (profiles.FirstOrDefault(p => p.UserId == customerId) is not { } customer)
        {
            return;
        }

        var email = OrderEmails.Compose(kind, orderId, amountMinor, currency, trackingNumber, customer.Language);
        await mediator.Send(
            new SendNotificationEmail(customerId, EmailNotificationKind.Orders, email.Subject, email.Text, ShopPaths.Order(orderId)), cancellationToken);
    }
}
