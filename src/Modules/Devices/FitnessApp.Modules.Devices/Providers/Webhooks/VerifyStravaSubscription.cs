using FitnessApp.Modules.Shared.Contracts.Messaging;

namespace FitnessApp.Modules.Devices.Providers.Webhooks;

/// <summary>Strava's push subscription handshake: the challenge is echoed only for our verify token.</summary>
internal sealed record VerifyStravaSubscription(string? Mode, string? Challenge, string? VerifyToken) : IQuery<string>;
