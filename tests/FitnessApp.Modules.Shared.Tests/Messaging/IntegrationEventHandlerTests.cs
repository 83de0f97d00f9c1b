using FitnessApp.Modules.Shared.Contracts.Messaging;
using FitnessApp.Modules.Shared.Messaging.Inbox;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Shared.Tests.Messaging;

public sealed class IntegrationEventHandlerTests : IDisposable
{
    private readonly NotesDatabase _database = new();

    public sealed record NoteRequested(string Text) : IntegrationEvent;

    private sealed class NoteWriter(NotesDbContext db, TimeProvider clock) : IntegrationEventHandler<NoteRequested, NotesDbContext>(db, clock)
    {
        public int Calls { get; private set; }

        public bool Fail { get; set; }

        protected override Task HandleOnceAsync(NoteRequested integrationEvent, CancellationToken cancellationToken)
        {
            Calls++;
            Db.Notes.Add(new Note { Text = integrationEvent.Text });
            return Fail ? throw new InvalidOperationException("handler failed") : Task.CompletedTask;
        }
    }

    [Fact]
    public async Task Given_an_event_already_handled_When_it_is_delivered_again_Then_the_handler_does_not_run_twice()
    {
        var requested = new NoteRequested("once");
        await new NoteWriter(_database.NewContext(), TimeProvider.System).Handle(requested, CancellationToken.None);
        var second = new NoteWriter(_database.NewContext(), TimeProvider.System);

        await second.Handle(requested, CancellationToken.None);

        second.Calls.ShouldBe(0);
        (await _database.NewContext().Notes.CountAsync(n => n.Text == "once")).ShouldBe(1);
        (await _database.NewContext().Set<InboxMessage>().CountAsync(m => m.EventId == requested.Id)).ShouldBe(1);
    }

    [Fact]
    public async Task Given_a_handler_that_fails_When_the_event_is_delivered_Then_neither_its_changes_nor_an_inbox_record_remain()
    {
        var requested = new NoteRequested("failing");
        var handler = new NoteWriter(_database.NewContext(), TimeProvider.System) { Fail = true };

        await Should.ThrowAsync<InvalidOperationException>(() => handler.Handle(requested, CancellationToken.None));

        (await _database.NewContext().Notes.CountAsync(n => n.Text == "failing")).ShouldBe(0);
        (await _database.NewContext().Set<InboxMessage>().CountAsync(m => m.EventId == requested.Id)).ShouldBe(0);
    }

    [Fact]
    public async Task Given_a_failed_delivery_When_the_event_is_redelivered_Then_it_is_handled_once()
    {
        var requested = new NoteRequested("retried");
        await Should.ThrowAsync<InvalidOperationException>(() =>
            new NoteWriter(_database.NewContext(), TimeProvider.System) { Fail = true }.Handle(requested, CancellationToken.None));

        await new NoteWriter(_database.NewContext(), TimeProvider.System).Handle(requested, CancellationToken.None);

        (await _database.NewContext().Notes.CountAsync(n => n.Text == "retried")).ShouldBe(1);
        var inbox = await _database.NewContext().Set<InboxMessage>().SingleAsync(m => m.EventId == requested.Id);
        inbox.Consumer.ShouldBe(typeof(NoteWriter).FullName);
        inbox.EventType.ShouldBe(typeof(NoteRequested).FullName);
    }

    public void Dispose() => _database.Dispose();
}
