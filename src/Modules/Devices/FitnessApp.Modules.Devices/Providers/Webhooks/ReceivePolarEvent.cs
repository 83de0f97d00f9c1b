using System.Text.Json;
using System.Text.Json.Serialization;
using MediatR;

namespace FitnessApp.Modules.Devices.Providers.Webhooks;

/// <summary>A signed Polar webhook call (signature already checked): an EXERCISE is stored and queued; PING is acknowledged.</summary>
internal sealed record ReceivePolarEvent(PolarWebhookEvent Event) : IRequest<Unit>;

internal sealed record PolarWebhookEvent(
    [property: JsonPropertyName("event")] string? Event,
    [property: JsonPropertyName("user_id")] JsonElement? UserId,
    [property: JsonPropertyName("entity_id")] string? EntityId,
    [property: JsonPropertyName("timestamp")] string? Timestamp,
    [property: JsonPropertyName("url")] string? Url);
