using FitnessApp.Modules.Shared.Errors;
using MediatR;
using Microsoft.Extensions.Options;

namespace FitnessApp.Modules.Devices.Providers.Webhooks;

internal sealed class VerifyStravaSubscriptionHandler(IOptions<ProvidersOptions> options) : IRequestHandler<VerifyStravaSubscription, string>
{
    public Task<string> Handle(VerifyStravaSubscription request, CancellationToken cancellationToken) =>
        WebhookSignature.SameText(options.Value.Strava.VerifyToken, request.VerifyToken)
            ? Task.FromResult(request.Challenge!)
            : throw new ForbiddenException("The verify token does not match this server's.");
}
