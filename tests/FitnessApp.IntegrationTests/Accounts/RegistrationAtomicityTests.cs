using System.Net;
using System.Net.Http.Json;
using FitnessApp.IntegrationTests.Infrastructure;
using FitnessApp.Modules.Accounts.Data;
using FitnessApp.Modules.Shared.Messaging.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace FitnessApp.IntegrationTests.Accounts;

/// <summary>
/// The user and its <c>UserRegistered</c> event are one transaction: when the final save fails after
/// Identity has already inserted the user (inside the unit of work), neither is left behind.
/// </summary>
public abstract class RegistrationAtomicityTests(FitnessAppFactory app)
{
    [Fact]
    public async Task Given_saving_the_outbox_row_fails_When_registering_Then_neither_the_user_nor_the_event_exists()
    {
        var client = app.CreateClient();
        var email = $"{FailingOutboxSave.Marker}-{Guid.NewGuid():N}@example.com";

        var response = await client.PostAsJsonAsync("/api/v1/accounts/register", new { email, password = ApiClientExtensions.Password, acceptedTermsVersion = ApiClientExtensions.TermsVersion, displayName = "Doomed" });

        await response.ShouldBeProblemAsync(HttpStatusCode.InternalServerError);
        var (users, events) = await app.Services.QueryAsync<AccountsDbContext, (int, int)>(async db => (
            await db.Users.CountAsync(u => u.Email == email),
            await db.Set<OutboxMessage>().CountAsync(m => m.Payload.Contains(email))));
        users.ShouldBe(0);
        events.ShouldBe(0);
    }

    [Fact]
    public async Task Given_a_failed_registration_When_the_same_email_registers_again_Then_it_succeeds()
    {
        var client = app.CreateClient();
        var email = $"{FailingOutboxSave.Marker}-{Guid.NewGuid():N}@example.com";
        await client.PostAsJsonAsync("/api/v1/accounts/register", new { email, password = ApiClientExtensions.Password, acceptedTermsVersion = ApiClientExtensions.TermsVersion, displayName = "Doomed" });
        app.Services.GetRequiredService<FailingOutboxSave>().Enabled = false;

        try
        {
            var response = await client.PostAsJsonAsync("/api/v1/accounts/register", new { email, password = ApiClientExtensions.Password, acceptedTermsVersion = ApiClientExtensions.TermsVersion, displayName = "Second Try" });

            response.StatusCode.ShouldBe(HttpStatusCode.Created);
        }
        finally
        {
            app.Services.GetRequiredService<FailingOutboxSave>().Enabled = true;
        }
    }
}

/// <summary>Fails any save of Accounts that adds an outbox row for an email carrying <see cref="Marker"/>.</summary>
public sealed class FailingOutboxSave : SaveChangesInterceptor
{
    public const string Marker = "explode-on-outbox";

    public bool Enabled { get; set; } = true;

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        var doomed = Enabled && eventData.Context!.ChangeTracker.Entries<OutboxMessage>()
            .Any(e => e.State == EntityState.Added && e.Entity.Payload.Contains(Marker, StringComparison.Ordinal));
        return doomed
            ? throw new InvalidOperationException("Simulated failure while saving the outbox row")
            : ValueTask.FromResult(result);
    }
}

public abstract class FailingOutboxApp : FitnessAppFactory
{
    protected FailingOutboxApp(TestDatabase database)
        : base(database) =>
        WithServices(services =>
        {
            services.AddSingleton<FailingOutboxSave>();
            services.ConfigureDbContext<AccountsDbContext>((sp, options) => options.AddInterceptors(sp.GetRequiredService<FailingOutboxSave>()));
        });
}

public sealed class FailingOutboxSqliteApp() : FailingOutboxApp(TestDatabase.Sqlite);

public sealed class FailingOutboxPostgresApp() : FailingOutboxApp(TestDatabase.Postgres);

public sealed class RegistrationAtomicityTests_Sqlite(FailingOutboxSqliteApp app) : RegistrationAtomicityTests(app), IClassFixture<FailingOutboxSqliteApp>;

public sealed class RegistrationAtomicityTests_Postgres(FailingOutboxPostgresApp app) : RegistrationAtomicityTests(app), IClassFixture<FailingOutboxPostgresApp>;
