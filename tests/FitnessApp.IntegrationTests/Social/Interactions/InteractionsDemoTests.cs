using FitnessApp.IntegrationTests.Infrastructure;
using FitnessApp.Modules.Shared.Demo;
using FitnessApp.Modules.Training.Contracts.Activities;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FitnessApp.IntegrationTests.Social.Interactions;

/// <summary>With Demo:Enabled the demo athletes cheer and comment on each other's latest visible activities, once.</summary>
public abstract class InteractionsDemoTests(FitnessAppFactory app) : IAsyncLifetime
{
    public Task InitializeAsync()
    {
        app.With(DemoSeeding.EnabledKey, "true");
        app.CreateClient().Dispose(); // starts the host, which seeds
        return Task.CompletedTask;
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Given_demo_data_Then_there_are_kudos_and_comments_only_on_others_non_private_activities_and_a_second_run_adds_none()
    {
        var kudos = await app.SocialAsync(db => db.Kudos.Select(k => new { k.ActivityId, k.AthleteId, k.ActivityOwnerId }).ToListAsync());
        var comments = await app.SocialAsync(db => db.Comments.CountAsync());
        kudos.Count.ShouldBeGreaterThan(5);
        comments.ShouldBeGreaterThan(3);
        kudos.ShouldAllBe(k => k.AthleteId != k.ActivityOwnerId);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var cards = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new GetActivityCards(kudos.Select(k => k.ActivityId).Distinct().ToList()));
            cards.ShouldAllBe(c => c.Visibility != Visibility.Private);
        }

        await DemoSeeding.SeedDemoDataAsync(app.Services);

        (await app.SocialAsync(db => db.Kudos.CountAsync())).ShouldBe(kudos.Count);
        (await app.SocialAsync(db => db.Comments.CountAsync())).ShouldBe(comments);
    }
}

public sealed class InteractionsDemoTests_Sqlite(SqliteApp app) : InteractionsDemoTests(app), IClassFixture<SqliteApp>;

public sealed class InteractionsDemoTests_Postgres(PostgresApp app) : InteractionsDemoTests(app), IClassFixture<PostgresApp>;
