using System.Globalization;
using System.Text.Json;
using FitnessApp.Modules.Devices.Providers.Domain;
using MediatR;

namespace FitnessApp.Modules.Devices.Providers.Webhooks;

internal sealed class ReceiveStravaEventHandler(ProviderEventQueue queue) : IRequestHandler<ReceiveStravaEvent, Unit>
{
    public async Task<Unit> Handle(ReceiveStravaEvent request, CancellationToken cancellationToken)
    {
        var e = request.Event;
        if (KindOf(e) is { } kind)
        {
            await queue.EnqueueAsync(
                ProviderNames.Strava,
                kind,
                e.ObjectId!.Value.ToString(CultureInfo.InvariantCulture),
                e.OwnerId!.Value.ToString(CultureInfo.InvariantCulture),
                url: null,
                cancellationToken);
        }

        return Unit.Value;
    }

    /// <summary>What we act on; other athlete updates (e.g. a profile change) are acknowledged and dropped.</summary>
    internal static ProviderEventKind? KindOf(StravaWebhookEvent e) => (e.ObjectType, e.AspectType) switch
    {
        ("activity", "create") => ProviderEventKind.ActivityCreated,
        ("activity", "update") => ProviderEventKind.ActivityUpdated,
        ("activity", "delete") => ProviderEventKind.ActivityDeleted,
        ("athlete", "update") when IsFalse(e.Updates, "authorized") => ProviderEventKind.Deauthorized,
        _ => null,
    };

    private static bool IsFalse(Dictionary<string, JsonElement>? updates, string key) =>
        updates is not null && updates.TryGetValue(key, out var value)
        && (value.ValueKind == JsonValueKind.False || (value.ValueKind == JsonValueKind.String && value.GetString() == "false"));
}
