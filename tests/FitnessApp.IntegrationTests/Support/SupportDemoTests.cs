using FitnessApp.IntegrationTests.Infrastructure;
using FitnessApp.Modules.Accounts.Data;
using FitnessApp.Modules.Shared.Demo;
using FitnessApp.Modules.Support.Data;
using FitnessApp.Modules.Support.Domain;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.IntegrationTests.Support;

/// <summary>With Demo:Enabled demo athletes have a few tickets in every status, with replies and notes; seeding twice adds nothing.</summary>
public abstract class SupportDemoTests(FitnessAppFactory app) : IAsyncLifetime
{
    public Task InitializeAsync()
    {
        app.With(DemoSeeding.EnabledKey, "true").With("Modules:Training:Enabled", "false").With("Modules:Devices:Enabled", "false").With("Modules:Social:Enabled", "false");
        app.CreateClient().Dispose(); // starts the host, which seeds
        return Task.CompletedTask;
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Given_demo_data_Then_demo_athletes_have_tickets_in_every_status_with_replies()
    {
        var demoAthletes = await app.Services.QueryAsync<AccountsDbContext, List<Guid>>(db => db.Users.Where(u => u.IsDemo).Select(u => u.Id).ToListAsync());
        var tickets = await app.Services.QueryAsync<SupportDbContext, List<Ticket>>(db => db.Tickets.AsNoTracking().ToListAsync());
        var operatorReplies = await app.Services.QueryAsync<SupportDbContext, int>(db => db.Messages.CountAsync(m => m.Kind == MessageKind.Operator));

        tickets.Count.ShouldBe(4);
        tickets.ShouldAllBe(t => demoAthletes.Contains(t.AuthorId));
        tickets.Select(t => t.Status).Distinct().Count().ShouldBe(4);
        operatorReplies.ShouldBe(3);
    }

    [Fact]
    public async Task Given_demo_data_When_seeding_runs_again_Then_nothing_is_added()
    {
        var before = await CountAsync();

        await DemoSeeding.SeedDemoDataAsync(app.Services);

        (await CountAsync()).ShouldBe(before);
    }

    private Task<(int, int, int)> CountAsync() =>
        app.Services.QueryAsync<SupportDbContext, (int, int, int)>(async db => (await db.Tickets.CountAsync(), await db.Messages.CountAsync(), await db.Feedback.CountAsync()));
}

public sealed class SupportDemoTests_Sqlite(SqliteApp app) : SupportDemoTests(app), IClassFixture<SqliteApp>;

public sealed class SupportDemoTests_Postgres(PostgresApp app) : SupportDemoTests(app), IClassFixture<PostgresApp>;
