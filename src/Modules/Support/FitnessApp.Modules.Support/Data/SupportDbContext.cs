using FitnessApp.Modules.Shared.Data;
using FitnessApp.Modules.Support.Domain;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Support.Data;

/// <summary>The Support module's tables (schema <c>support</c>): tickets with their messages and screenshots, feedback.</summary>
internal sealed class SupportDbContext(DbContextOptions<SupportDbContext> options) : DbContext(options)
{
    public const string Schema = "support";

    public DbSet<Ticket> Tickets => Set<Ticket>();

    public DbSet<TicketMessage> Messages => Set<TicketMessage>();

    public DbSet<TicketScreenshot> Screenshots => Set<TicketScreenshot>();

    public DbSet<FeedbackEntry> Feedback => Set<FeedbackEntry>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.UseModuleSchema(Schema);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(SupportDbContext).Assembly);
        modelBuilder.UseGuidV7Keys();
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.UseUtcInstants();
}
