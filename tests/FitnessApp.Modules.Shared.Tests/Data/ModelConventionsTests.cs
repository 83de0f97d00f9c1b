using FitnessApp.Modules.Shared.Contracts.Messaging;
using FitnessApp.Modules.Shared.Messaging.Outbox;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Shared.Tests.Data;

public sealed class ModelConventionsTests : IDisposable
{
    private readonly NotesDatabase _database = new();

    private sealed record SomethingHappened(string What) : IntegrationEvent;

    [Fact]
    public async Task Given_an_entity_with_a_guid_key_When_it_is_added_Then_it_gets_a_version_7_guid()
    {
        await using var db = _database.NewContext();
        var first = new Note { Text = "one" };
        var second = new Note { Text = "two" };

        db.Notes.Add(first);
        db.Notes.Add(second);
        await db.SaveChangesAsync();

        first.Id.Version.ShouldBe(7);
        second.Id.Version.ShouldBe(7);
        first.Id.ShouldNotBe(second.Id);
    }

    [Fact]
    public async Task Given_an_instant_When_it_is_read_back_Then_its_kind_is_utc_and_its_value_unchanged()
    {
        var instant = new DateTime(2026, 11, 21, 9, 30, 15, DateTimeKind.Utc);
        Guid id;
        await using (var write = _database.NewContext())
        {
            var note = new Note { Text = "t", CreatedAt = instant, EditedAt = instant.AddHours(1) };
            write.Notes.Add(note);
            await write.SaveChangesAsync();
            id = note.Id;
        }

        await using var read = _database.NewContext();
        var stored = await read.Notes.SingleAsync(n => n.Id == id);

        stored.CreatedAt.Kind.ShouldBe(DateTimeKind.Utc);
        stored.CreatedAt.ShouldBe(instant);
        stored.EditedAt!.Value.Kind.ShouldBe(DateTimeKind.Utc);
        stored.EditedAt.ShouldBe(instant.AddHours(1));
    }

    [Fact]
    public async Task Given_a_local_time_When_it_is_stored_Then_it_is_converted_to_utc()
    {
        var local = new DateTime(2026, 6, 1, 12, 0, 0, DateTimeKind.Local);
        Guid id;
        await using (var write = _database.NewContext())
        {
            var note = new Note { Text = "local", CreatedAt = local };
            write.Notes.Add(note);
            await write.SaveChangesAsync();
            id = note.Id;
        }

        await using var read = _database.NewContext();
        var stored = await read.Notes.SingleAsync(n => n.Id == id);

        stored.CreatedAt.ShouldBe(local.ToUniversalTime());
        stored.CreatedAt.Kind.ShouldBe(DateTimeKind.Utc);
    }

    [Fact]
    public async Task Given_an_integration_event_When_it_is_written_to_the_outbox_Then_the_row_keeps_the_event_id_type_and_payload()
    {
        await using var db = _database.NewContext();
        var now = new DateTime(2026, 11, 21, 10, 0, 0, DateTimeKind.Utc);
        var happened = new SomethingHappened("a thing");

        db.AddIntegrationEvent(happened, now);
        await db.SaveChangesAsync();

        await using var read = _database.NewContext();
        var row = await read.Set<OutboxMessage>().SingleAsync(m => m.Id == happened.Id);
        row.Type.ShouldBe($"{typeof(SomethingHappened).FullName}, {typeof(SomethingHappened).Assembly.GetName().Name}");
        row.Payload.ShouldContain("\"what\":\"a thing\"");
        row.NextAttemptAt.ShouldBe(now);
        row.Attempts.ShouldBe(0);
        row.ProcessedAt.ShouldBeNull();
        Type.GetType(row.Type).ShouldBe(typeof(SomethingHappened));
    }

    [Fact]
    public void Given_a_module_context_When_its_model_is_built_Then_the_platform_tables_are_in_the_module_schema()
    {
        using var db = _database.NewContext();

        db.Model.GetDefaultSchema().ShouldBe("notes");
        db.Model.FindEntityType(typeof(OutboxMessage))!.GetTableName().ShouldBe("OutboxMessages");
        db.Model.FindEntityType(typeof(OutboxMessage))!.GetSchema().ShouldBe("notes");
        db.Model.FindEntityType(typeof(FitnessApp.Modules.Shared.Messaging.Inbox.InboxMessage))!.GetSchema().ShouldBe("notes");
    }

    public void Dispose() => _database.Dispose();
}
