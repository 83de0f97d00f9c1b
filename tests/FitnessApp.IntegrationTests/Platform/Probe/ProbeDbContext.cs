using FitnessApp.Modules.Shared.Data;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.IntegrationTests.Platform.Probe;

public sealed class ProbeDbContext(DbContextOptions<ProbeDbContext> options) : DbContext(options)
{
    public const string Schema = "probe";

    public DbSet<ProbeReceipt> Receipts => Set<ProbeReceipt>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.UseModuleSchema(Schema);
        modelBuilder.Entity<ProbeReceipt>(receipt =>
        {
            receipt.ToTable("Receipts");
            receipt.Property(r => r.Email).HasMaxLength(256);
            receipt.HasIndex(r => r.UserId);
        });
        modelBuilder.UseGuidV7Keys();
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.UseUtcInstants();
}

/// <summary>One row per delivery the handler accepted; exactly-once means exactly one row per user.</summary>
public sealed class ProbeReceipt
{
    public Guid Id { get; init; }

    public Guid UserId { get; init; }

    public required string Email { get; init; }

    public Guid EventId { get; init; }

    public DateTime ReceivedAt { get; init; }
}
