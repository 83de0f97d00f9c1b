using System.Text.Json;
using FitnessApp.Modules.Shared.Contracts.Messaging;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Shared.Messaging.Outbox;

public static class OutboxWriter
{
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>
    /// Adds <paramref name="integrationEvent"/> to this module's outbox; it is stored by the same
    /// <c>SaveChanges</c> (and transaction) as the change it describes.
    /// </summary>
    public static void AddIntegrationEvent<TEvent>(this DbContext db, TEvent integrationEvent, DateTime now)
        where TEvent : IntegrationEvent
    {
        var type = integrationEvent.GetType();
        db.Set<OutboxMessage>().Add(new OutboxMessage
        {
            Id = integrationEvent.Id,
            Type = TypeName(type),
            Payload = JsonSerializer.Serialize(integrationEvent, type, Json),
            OccurredAt = integrationEvent.OccurredAt,
            CreatedAt = now,
            NextAttemptAt = now,
        });
    }

    internal static string TypeName(Type type) => $"{type.FullName}, {type.Assembly.GetName().Name}";
}
