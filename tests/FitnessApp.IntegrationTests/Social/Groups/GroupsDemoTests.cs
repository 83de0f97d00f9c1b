using FitnessApp.IntegrationTests.Infrastructure;
using FitnessApp.Modules.Shared.Demo;
using FitnessApp.Modules.Social.Data;
using FitnessApp.Modules.Social.Groups.Domain;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.IntegrationTests.Social.Groups;

/// <summary>With Demo:Enabled the demo athletes share a public and a private group, each with an upcoming event, once.</summary>
public abstract class GroupsDemoTests(FitnessAppFactory app) : IAsyncLifetime
{
    public Task InitializeAsync()
    {
        app.With(DemoSeeding.EnabledKey, "true");
        app.CreateClient().Dispose(); // starts the host, which seeds
        return Task.CompletedTask;
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Given_demo_data_When_seeded_twice_Then_two_groups_of_the_demo_athletes_with_an_upcoming_event_each()
    {
        await DemoSeeding.SeedDemoDataAsync(app.Services);

        var facts = await app.Services.QueryAsync<SocialDbContext, (List<GroupPrivacy> Privacy, int Members, int Owners, int Upcoming, int Going)>(async db => (
            await db.Groups.Select(g => g.Privacy).ToListAsync(),
            await db.GroupMembers.CountAsync(m => m.State == MembershipState.Active),
            await db.GroupMembers.CountAsync(m => m.Role == GroupRole.Owner),
            await db.GroupEvents.CountAsync(e => e.StartsAt > DateTime.UtcNow && e.CancelledAt == null),
            await db.EventAttendances.CountAsync(a => a.Status == AttendanceStatus.Going)));

        facts.Privacy.Order().ShouldBe([GroupPrivacy.Public, GroupPrivacy.Private]);
        facts.Members.ShouldBeGreaterThanOrEqualTo(4);
        facts.Owners.ShouldBe(2);
        facts.Upcoming.ShouldBe(2);
        facts.Going.ShouldBeGreaterThan(0);
    }
}

public sealed class GroupsDemoTests_Sqlite(SqliteApp app) : GroupsDemoTests(app), IClassFixture<SqliteApp>;

public sealed class GroupsDemoTests_Postgres(PostgresApp app) : GroupsDemoTests(app), IClassFixture<PostgresApp>;
