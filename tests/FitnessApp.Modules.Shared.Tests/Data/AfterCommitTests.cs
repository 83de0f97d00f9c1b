using FitnessApp.Modules.Shared.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace FitnessApp.Modules.Shared.Tests.Data;

public sealed class AfterCommitTests : IDisposable
{
    private readonly SqliteConnection _connection = new("Data Source=:memory:");

    public AfterCommitTests() => _connection.Open();

    [Fact]
    public async Task Given_work_registered_inside_a_transaction_When_saved_Then_it_runs_only_at_the_commit()
    {
        await using var db = NewContext();
        var ran = 0;
        await using var transaction = await db.Database.BeginTransactionAsync();
        db.Notes.Add(new Note { Id = Guid.NewGuid(), Text = "a" });
        db.OnCommitted(() => ran++);

        await db.SaveChangesAsync();
        ran.ShouldBe(0);
        await transaction.CommitAsync();

        ran.ShouldBe(1);
    }

    [Fact]
    public async Task Given_work_registered_inside_a_transaction_When_it_rolls_back_Then_it_never_runs_even_after_a_later_save()
    {
        await using var db = NewContext();
        var ran = 0;
        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            db.Notes.Add(new Note { Id = Guid.NewGuid(), Text = "a" });
            db.OnCommitted(() => ran++);
            await db.SaveChangesAsync();
            await transaction.RollbackAsync();
        }

        db.ChangeTracker.Clear();
        db.Notes.Add(new Note { Id = Guid.NewGuid(), Text = "b" });
        await db.SaveChangesAsync();

        ran.ShouldBe(0);
    }

    [Fact]
    public async Task Given_work_registered_without_a_transaction_When_saved_Then_it_runs_once()
    {
        await using var db = NewContext();
        var ran = 0;
        db.Notes.Add(new Note { Id = Guid.NewGuid(), Text = "a" });
        db.OnCommitted(() => ran++);

        await db.SaveChangesAsync();
        await db.SaveChangesAsync();

        ran.ShouldBe(1);
    }

    public void Dispose() => _connection.Dispose();

    private NotesDbContext NewContext()
    {
        var options = new DbContextOptionsBuilder<NotesDbContext>()
            .UseSqlite(_connection)
            .ConfigureWarnings(w => w.Ignore(SqliteEventId.SchemaConfiguredWarning))
            .AddInterceptors(new AfterCommitInterceptor())
            .Options;
        var db = new NotesDbContext(options);
        db.Database.EnsureCreated();
        return db;
    }
}
