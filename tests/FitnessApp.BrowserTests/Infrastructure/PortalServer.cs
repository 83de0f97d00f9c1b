using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using FitnessApp.Testing.Payments;
using Microsoft.Extensions.DependencyInjection;

namespace FitnessApp.BrowserTests.Infrastructure;

/// <summary>
/// The real host on a real Kestrel port (127.0.0.1, chosen by the OS) over a fresh SQLite data folder,
/// with an operator account created by the bootstrap settings, a fake Strava-like provider and a fake card processor
/// configured, so that a real browser can reach it.
/// </summary>
public sealed class PortalServer : WebApplicationFactory<Program>
{
    public const string AdminEmail = "ops@browser-tests.fitnessapp.local";
    public const string AdminPassword = "operator-password-2026";

    public PortalServer() => UseKestrel(options => options.Listen(IPAddress.Loopback, 0));

    /// <summary>The Strava-like provider the host is configured against (the connections page's journey).</summary>
    public FakeStravaProvider Strava { get; } = new();

    /// <summary>The card processor the shop is configured against; its hosted page sends the signed webhook to this host.</summary>
    public FakeCardProcessor CardProcessor { get; } = new();

    public string DataFolder { get; } = Path.Combine(Path.GetTempPath(), $"fitnessapp_browser_{Guid.NewGuid():N}");

    /// <summary>The address the portal listens on, e.g. <c>http://127.0.0.1:41234</c>.</summary>
    public Uri BaseAddress { get; private set; } = default!;

    public void Start()
    {
        Directory.CreateDirectory(DataFolder);
        Strava.Start();
        CardProcessor.StartAsync().GetAwaiter().GetResult();
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses;
        BaseAddress = new Uri(addresses.Single());
        CardProcessor.WebhookTarget = new HttpClient { BaseAddress = BaseAddress };
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await Strava.DisposeAsync();
        CardProcessor.WebhookTarget?.Dispose();
        await CardProcessor.DisposeAsync();
        try
        {
            Directory.Delete(DataFolder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by a pooled connection; the temp folder is cleaned by the OS.
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        // Outside Development the host serves only its own wwwroot; the packages' assets (Radzen's theme and chart script) need this.
        builder.UseStaticWebAssets();
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("Database:DataFolder", DataFolder);
        builder.UseSetting("Demo:Enabled", "false");
        builder.UseSetting("Logging:File:Enabled", "false");
        builder.UseSetting("RateLimiting:Auth:PermitLimit", "100000");
        builder.UseSetting("Accounts:Bootstrap:AdminEmail", AdminEmail);
        builder.UseSetting("Accounts:Bootstrap:AdminPassword", AdminPassword);
        builder.UseSetting("Devices:Providers:Strava:BaseUrl", Strava.BaseUrl);
        builder.UseSetting("Devices:Providers:Strava:AuthorizeUrl", Strava.BaseUrl + "/oauth/authorize");
        builder.UseSetting("Devices:Providers:Strava:ClientId", FakeStravaProvider.ClientId);
        builder.UseSetting("Devices:Providers:Strava:ClientSecret", FakeStravaProvider.ClientSecret);
        builder.UseSetting("Shop:Payments:Card:BaseUrl", CardProcessor.BaseUrl);
        builder.UseSetting("Shop:Payments:Card:SecretKey", FakeCardProcessor.SecretKey);
        builder.UseSetting("Shop:Payments:Card:WebhookSecret", FakeCardProcessor.WebhookSecret);
    }
}
