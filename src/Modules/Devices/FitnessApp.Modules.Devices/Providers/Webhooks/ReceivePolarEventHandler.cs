using System.Globalization;
using System.Text.Json;
using FitnessApp.Modules.Devices.Providers.Domain;
using MediatR;

namespace FitnessApp.Modules.Devices.Providers.Webhooks;

internal sealed class ReceivePolarEventHandler(ProviderEventQueue queue) : IRequestHandler<ReceivePolarEvent, Unit>
{
    public async Task<Unit> Handle(ReceivePolarEvent request, CancellationToken cancellationToken)
    {
        var e = request.Event;
        if (e.Event == "EXERCISE")
        {
            await queue.EnqueueAsync(ProviderNames.Polar, ProviderEventKind.ActivityCreated, e.EntityId!, UserIdOf(e.UserId)!, e.Url, cancellationToken);
        }

        return Unit.Value;
    }

    /// <summary>Polar sends the user id as a number; a string is taken too.</summary>
    internal static string? UserIdOf(JsonElement? id) => id switch
    {
        { ValueKind: JsonValueKind.Number } n when n.TryGetInt64(out var value) => value.ToString(CultureInfo.InvariantCulture),
        { ValueKind: JsonValueKind.String } s when !string.IsNullOrWhiteSpace(s.GetString()) && s.GetString()!.Length <= ProviderConnection.ProviderAthleteIdMaxLength => s.GetString(),
        _ => null,
    };
}
