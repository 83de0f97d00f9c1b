using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace FitnessApp.IntegrationTests.Infrastructure;

/// <summary>
/// The real host, in memory, on a database of its own: a fresh SQLite data folder or a fresh PostgreSQL
/// database, deleted when the factory is disposed. Settings are passed with <c>UseSetting</c> so that
/// Program sees them while it composes the host.
/// </summary>
public class FitnessAppFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    private readonly string _name = $"fitnessapp_test_{Guid.NewGuid():N}";
    private readonly Dictionary<string, string?> _settings = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Logging:File:Enabled"] = "false",
        ["Demo:Enabled"] = "false",
        ["RateLimiting:Auth:PermitLimit"] = "100000",
    };

    private readonly List<Action<IServiceCollection>> _services = [];

    public FitnessAppFactory(TestDatabase database)
    {
        Database = database;
        DataFolder = Path.Combine(Path.GetTempPath(), _name);
    }

    private const int TestPasswordHashIterations = 1_000;

    public TestDatabase Database { get; }

    public string DataFolder { get; }

    /// <summary>Overrides one configuration value; call before the first client is created.</summary>
    public FitnessAppFactory With(string key, string? value)
    {
        _settings[key] = value;
        return this;
    }

    /// <summary>Changes the host's services (after Program's registrations); call before the first client is created.</summary>
    public FitnessAppFactory WithServices(Action<IServiceCollection> configure)
    {
        _services.Add(configure);
        return this;
    }

    public virtual async Task InitializeAsync()
    {
        Directory.CreateDirectory(DataFolder);
        _settings["Database:DataFolder"] = DataFolder;
        _settings["Database:Provider"] = Database.ToString();
        if (Database == TestDatabase.Postgres)
        {
            _settings["ConnectionStrings:Postgres"] = await PostgresServer.CreateDatabaseAsync(_name);
        }
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        if (Database == TestDatabase.Postgres)
        {
            await PostgresServer.DropDatabaseAsync(_name);
        }

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
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services =>
        {
            // Thousands of accounts are registered and signed in per run; at the production 100,000 PBKDF2 iterations
            // the hashing alone costs minutes of CPU. The production setting is asserted by the Accounts unit tests.
            services.Configure<PasswordHasherOptions>(options => options.IterationCount = TestPasswordHashIterations);
            foreach (var configure in _services)
            {
                configure(services);
            }
        });
    }
}

/// <summary>A host on a fresh SQLite data folder, shared by the tests of one class.</summary>
public sealed class SqliteApp() : FitnessAppFactory(TestDatabase.Sqlite);

/// <summary>A host on a fresh PostgreSQL database, shared by the tests of one class.</summary>
public sealed class PostgresApp() : FitnessAppFactory(TestDatabase.Postgres);
