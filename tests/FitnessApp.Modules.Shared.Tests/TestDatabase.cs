using System.Reflection;
using FitnessApp.Modules.Shared.Data;
using FitnessApp.Modules.Shared.Modules;
using Microsoft.AspNetCore.Routing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace FitnessApp.Modules.Shared.Tests;

/// <summary>A module DbContext on an in-memory SQLite database that lives as long as the fixture.</summary>
public sealed class NotesDbContext(DbContextOptions<NotesDbContext> options) : DbContext(options)
{
    public DbSet<Note> Notes => Set<Note>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.UseModuleSchema("notes");
        modelBuilder.Entity<Note>().ToTable("Notes");
        modelBuilder.UseGuidV7Keys();
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.UseUtcInstants();
}

public sealed class Note
{
    public Guid Id { get; init; }

    public required string Text { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime? EditedAt { get; set; }
}

/// <summary>The test assembly posing as a module that owns <see cref="NotesDbContext"/>.</summary>
public sealed class NotesModule : IModule
{
    public string Name => "Notes";

    public Assembly Assembly => typeof(NotesModule).Assembly;

    public Assembly ContractsAssembly => typeof(NotesModule).Assembly;

    public Type? DbContextType => typeof(NotesDbContext);

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
    }
}

public sealed class NotesDatabase : IDisposable
{
    private readonly SqliteConnection _connection = new("Data Source=:memory:");

    public NotesDatabase()
    {
        _connection.Open();
        var services = new ServiceCollection();
        services.AddDbContext<NotesDbContext>(options => options
            .UseSqlite(_connection)
            .ConfigureWarnings(w => w.Ignore(SqliteEventId.SchemaConfiguredWarning)));
        var catalog = services.GetModuleCatalog();
        catalog.Add(new NotesModule());
        Services = services.BuildServiceProvider();
        using var scope = Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<NotesDbContext>().Database.EnsureCreated();
    }

    public ServiceProvider Services { get; }

    public ModuleCatalog Catalog => Services.GetRequiredService<ModuleCatalog>();

    /// <summary>A fresh context (own change tracker) on the same database.</summary>
    public NotesDbContext NewContext() => Services.CreateScope().ServiceProvider.GetRequiredService<NotesDbContext>();

    public void Dispose()
    {
        Services.Dispose();
        _connection.Dispose();
    }
}
