using System.Text.Json;
using System.Text.Json.Serialization;
using MediatR;

namespace FitnessApp.Modules.Devices.Providers.Webhooks;

/// <summary>A Strava push event: stored and queued, nothing else (the provider wants its answer within 2 seconds).</summary>
internal sealed record ReceiveStravaEvent(StravaWebhookEvent Event) : IRequest<Unit>;

/// <summary>Strava's event body; <c>updates</c> holds e.g. <c>{"authorized": "false"}</c> for a deauthorization.</summary>
internal sealed record StravaWebhookEvent(
    [property: JsonPropertyName("object_type")] string? ObjectType,
    [property: JsonPropertyName("object_id")] long? ObjectId,
    [property: JsonPropertyName("aspect_type")] string? AspectType,
    [property: JsonPropertyName("owner_id")] long? OwnerId,
    [property: JsonPropertyName("subscription_id")] long? SubscriptionId,
    [property: JsonPropertyName("event_time")] long? EventTime,
    [property: JsonPropertyName("updates")] Dictionary<string, JsonElement>? Updates);
