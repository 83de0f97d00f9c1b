using FitnessApp.Modules.Shop.Payments.Gateways;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace FitnessApp.Modules.Shop.Payments;

/// <summary>
/// Turns <see cref="PaymentProcessorException"/> into a 502 or 503 problem document (503 with Retry-After) on the endpoints
/// that call the card processor; the handler's transaction has rolled back by then, so nothing is half-stored.
/// </summary>
internal static class PaymentProblems
{
    public const string RetryAfterSeconds = "30";

    public static RouteHandlerBuilder WithPaymentProblems(this RouteHandlerBuilder endpoint) =>
        endpoint
            .AddEndpointFilter(async (context, next) =>
            {
                try
                {
                    return await next(context);
                }
                catch (PaymentProcessorException exception)
                {
                    if (exception.Status == StatusCodes.Status503ServiceUnavailable)
                    {
                        context.HttpContext.Response.Headers.RetryAfter = RetryAfterSeconds;
                    }

                    return TypedResults.Problem(
                        exception.Message,
                        statusCode: exception.Status,
                        title: exception.Status == StatusCodes.Status503ServiceUnavailable ? "The card processor is unavailable." : "The card processor failed.");
                }
            })
            .ProducesProblem(StatusCodes.Status502BadGateway)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
}
