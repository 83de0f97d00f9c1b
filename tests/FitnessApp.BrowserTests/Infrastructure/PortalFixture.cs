using FitnessApp.Testing.Payments;
using Microsoft.Playwright;

namespace FitnessApp.BrowserTests.Infrastructure;

/// <summary>One host and one browser for all browser tests; every test gets its own browser context (own cookies).</summary>
public sealed class PortalFixture : IAsyncLifetime
{
    private readonly PortalServer _server = new();
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public Uri BaseAddress => _server.BaseAddress;

    /// <summary>The running host's services, for putting in data the portal has no form for (e.g. a device's track).</summary>
    public IServiceProvider Services => _server.Services;

    /// <summary>The fake Strava-like provider the host is configured against.</summary>
    public FakeStravaProvider Strava => _server.Strava;

    /// <summary>The fake card processor the shop is configured against.</summary>
    public FakeCardProcessor CardProcessor => _server.CardProcessor;

    public async Task InitializeAsync()
    {
        if (!Chromium.IsInstalled)
        {
            // BrowserFact skips the tests off CI; on CI they run and must fail, with this message.
            return;
        }

        // Expect(...) waits 5 s by default; a loaded 2-core CI machine needs longer before a page is interactive.
        Assertions.SetDefaultExpectTimeout(15_000);
        _server.Start();
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium.ExecutablePath,
            Headless = true,
            Args = Chromium.Arguments,
        });
    }

    public async Task<IPage> NewPageAsync(string locale = "en-US")
    {
        if (_browser is null)
        {
            throw new InvalidOperationException(Chromium.MissingMessage);
        }

        var context = await _browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseAddress.ToString(), Locale = locale });
        context.SetDefaultTimeout(15_000);
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        await _server.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class PortalCollection : ICollectionFixture<PortalFixture>
{
    public const string Name = "portal";
}
