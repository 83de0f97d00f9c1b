using System.Net.Http.Headers;
using FitnessApp.IntegrationTests.Accounts.Avatars;
using FitnessApp.IntegrationTests.Infrastructure;
using FitnessApp.Modules.Accounts.Data;
using FitnessApp.Modules.Accounts.Demo;
using FitnessApp.Modules.Shared.Demo;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.IntegrationTests.Accounts.Demo;

/// <summary>With Demo:Enabled the demo accounts have complete profiles and generated avatars, and an operator exists (Training and Devices off: only Accounts seeds).</summary>
public abstract class AccountsDemoTests(FitnessAppFactory app) : IAsyncLifetime
{
    public Task InitializeAsync()
    {
        app.With(DemoSeeding.EnabledKey, "true");
        app.With("Modules:Training:Enabled", "false");
        app.With("Modules:Devices:Enabled", "false");
        app.With("Modules:Social:Enabled", "false");
        app.CreateClient().Dispose(); // starts the host, which seeds
        return Task.CompletedTask;
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Given_demo_data_When_the_host_has_started_Then_every_demo_account_has_every_profile_field_and_an_avatar_of_two_sizes()
    {
        var accounts = await app.Services.QueryAsync<AccountsDbContext, List<string>>(async db =>
        {
            var demo = await db.Users.AsNoTracking().Where(u => u.IsDemo).ToListAsync();
            var avatarSizes = await db.AvatarImages.AsNoTracking().GroupBy(a => a.UserId).Select(g => new { g.Key, Count = g.Count() }).ToListAsync();
            return demo.Select(u =>
                    $"{u.Email}: {(u.Bio is null || u.City is null || u.Country is null || u.BirthDate is null || u.HeightCm is null || u.WeightKg is null || u.MaxHeartRate is null || u.RestingHeartRate is null || u.PreferredSports.Count == 0 || u.Sex == 0 ? "incomplete" : "complete")}"
                    + $", avatar {(u.AvatarVersion is null ? "none" : avatarSizes.SingleOrDefault(a => a.Key == u.Id)?.Count.ToString(System.Globalization.CultureInfo.InvariantCulture))}")
                .ToList();
        });

        accounts.Count.ShouldBe(7);
        accounts.ShouldAllBe(a => a.EndsWith(": complete, avatar 2", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Given_demo_data_When_the_operator_signs_in_with_the_documented_password_Then_they_have_the_operator_role_and_see_their_avatar()
    {
        var client = app.CreateClient();
        var token = await client.LoginAsync(AccountsDemoSeeder.OperatorEmail, AccountsDemoSeeder.OperatorPassword);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.AccessToken);

        var me = await client.GetMeAsync();

        me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()).ShouldContain("operator");
        var avatar = await client.GetByteArrayAsync(me.GetProperty("avatarUrl").GetString());
        AvatarApi.Decode(avatar).ShouldBe((256, 256));
    }
}

public sealed class AccountsDemoTests_Sqlite(SqliteApp app) : AccountsDemoTests(app), IClassFixture<SqliteApp>;

public sealed class AccountsDemoTests_Postgres(PostgresApp app) : AccountsDemoTests(app), IClassFixture<PostgresApp>;
