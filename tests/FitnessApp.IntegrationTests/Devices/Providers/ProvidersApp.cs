using FitnessApp.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace FitnessApp.IntegrationTests.Devices.Providers;

/// <summary>
/// The host configured against a <see cref="FakeProvider"/> for both Strava and Polar, with one clock the test moves for
/// both (token expiry, state lifetime).
/// </summary>
public class ProvidersApp(TestDatabase database) : FitnessAppFactory(database)
{
    public const string VerifyToken = "fake-verify-token";
    public const string WebhookSecret = "fake-webhook-secret";

    public MovingClock Clock { get; } = new();

    public FakeProvider Provider { get; private set; } = null!;

    public override async Task InitializeAsync()
    {
        Provider = await FakeProvider.StartAsync(Clock);
        With("Devices:Providers:Strava:BaseUrl", Provider.BaseUrl);
        With("Devices:Providers:Strava:AuthorizeUrl", Provider.BaseUrl + "/oauth/authorize");
        With("Devices:Providers:Strava:ClientId", FakeProvider.ClientId);
        With("Devices:Providers:Strava:ClientSecret", FakeProvider.ClientSecret);
        With("Devices:Providers:Strava:VerifyToken", VerifyToken);
        With("Devices:Providers:Polar:BaseUrl", Provider.PolarBaseUrl);
        With("Devices:Providers:Polar:AuthorizeUrl", Provider.PolarBaseUrl + "/oauth2/authorization");
        With("Devices:Providers:Polar:ClientId", FakeProvider.ClientId);
        With("Devices:Providers:Polar:ClientSecret", FakeProvider.ClientSecret);
        With("Devices:Providers:Polar:WebhookSecret", WebhookSecret);
        With("Devices:Providers:HttpTimeout", "00:00:10");
        WithServices(services => services.AddSingleton<TimeProvider>(Clock));
        await base.InitializeAsync();
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (Provider is not null)
        {
            await Provider.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }
}

public sealed class ProvidersSqliteApp() : ProvidersApp(TestDatabase.Sqlite);

public sealed class ProvidersPostgresApp() : ProvidersApp(TestDatabase.Postgres);
