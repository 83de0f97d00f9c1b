using Microsoft.AspNetCore.Http;

namespace FitnessApp.Modules.Shop.Payments.Gateways;

/// <summary>
/// The card processor could not do what was asked: unreachable, too slow or failing (503, try again later), or it answered
/// with a refusal or something we cannot read (502). Whatever was being done is rolled back.
/// </summary>
internal sealed class PaymentProcessorException(int status, string message) : Exception(message)
{
    public int Status { get; } = status;

    public static PaymentProcessorException Unavailable(string why) =>
        new(StatusCodes.Status503ServiceUnavailable, $"The card processor is not available ({why}); nothing was charged or stored. Try again in a moment.");

    public static PaymentProcessorException BadAnswer(string why) =>
        new(StatusCodes.Status502BadGateway, $"The card processor refused the request or answered unexpectedly ({why}); nothing was stored.");
}
