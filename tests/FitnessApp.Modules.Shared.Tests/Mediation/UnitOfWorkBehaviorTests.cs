using FitnessApp.Modules.Shared.Contracts.Messaging;
using FitnessApp.Modules.Shared.Mediation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FitnessApp.Modules.Shared.Tests.Mediation;

public sealed record AddNote(string Text) : ICommand<Guid>;

public sealed record CountNotes : IQuery<int>;

public sealed class UnitOfWorkBehaviorTests : IDisposable
{
    private readonly NotesDatabase _database = new();
    private readonly IServiceScope _scope;
    private readonly NotesDbContext _db;

    public UnitOfWorkBehaviorTests()
    {
        _scope = _database.Services.CreateScope();
        _db = _scope.ServiceProvider.GetRequiredService<NotesDbContext>();
    }

    [Fact]
    public async Task Given_a_command_whose_handler_only_adds_an_entity_When_it_completes_Then_the_behaviour_saves_and_commits_it()
    {
        var behavior = new UnitOfWorkBehavior<AddNote, Guid>(_database.Catalog, _scope.ServiceProvider);

        await behavior.Handle(new AddNote("kept"), CancellationToken.None, () =>
        {
            _db.Notes.Add(new Note { Text = "kept" });
            return Task.FromResult(Guid.Empty);
        });

        (await _database.NewContext().Notes.CountAsync(n => n.Text == "kept")).ShouldBe(1);
    }

    [Fact]
    public async Task Given_a_command_that_saved_a_row_When_its_handler_then_fails_Then_the_row_is_rolled_back()
    {
        var behavior = new UnitOfWorkBehavior<AddNote, Guid>(_database.Catalog, _scope.ServiceProvider);

        await Should.ThrowAsync<InvalidOperationException>(() => behavior.Handle(new AddNote("lost"), CancellationToken.None, async () =>
        {
            _db.Notes.Add(new Note { Text = "lost" });
            await _db.SaveChangesAsync();
            throw new InvalidOperationException("after the first save");
        }));

        _db.Database.CurrentTransaction.ShouldBeNull();
        (await _database.NewContext().Notes.CountAsync(n => n.Text == "lost")).ShouldBe(0);
    }

    [Fact]
    public async Task Given_a_command_When_its_handler_runs_Then_it_runs_inside_a_transaction()
    {
        var behavior = new UnitOfWorkBehavior<AddNote, Guid>(_database.Catalog, _scope.ServiceProvider);
        var inTransaction = false;

        await behavior.Handle(new AddNote("x"), CancellationToken.None, () =>
        {
            inTransaction = _db.Database.CurrentTransaction is not null;
            return Task.FromResult(Guid.Empty);
        });

        inTransaction.ShouldBeTrue();
    }

    [Fact]
    public async Task Given_a_query_When_it_runs_Then_no_transaction_is_opened_and_nothing_is_saved()
    {
        var behavior = new UnitOfWorkBehavior<CountNotes, int>(_database.Catalog, _scope.ServiceProvider);
        var inTransaction = true;

        await behavior.Handle(new CountNotes(), CancellationToken.None, () =>
        {
            inTransaction = _db.Database.CurrentTransaction is not null;
            _db.Notes.Add(new Note { Text = "unsaved" });
            return Task.FromResult(0);
        });

        inTransaction.ShouldBeFalse();
        (await _database.NewContext().Notes.CountAsync(n => n.Text == "unsaved")).ShouldBe(0);
    }

    [Fact]
    public async Task Given_a_transaction_already_open_When_a_nested_command_runs_Then_the_outer_transaction_decides()
    {
        var behavior = new UnitOfWorkBehavior<AddNote, Guid>(_database.Catalog, _scope.ServiceProvider);
        await using var outer = await _db.Database.BeginTransactionAsync();

        await behavior.Handle(new AddNote("nested"), CancellationToken.None, async () =>
        {
            _db.Notes.Add(new Note { Text = "nested" });
            await _db.SaveChangesAsync();
            return Guid.Empty;
        });
        await outer.RollbackAsync();

        (await _database.NewContext().Notes.CountAsync(n => n.Text == "nested")).ShouldBe(0);
    }

    public void Dispose()
    {
        _scope.Dispose();
        _database.Dispose();
    }
}
