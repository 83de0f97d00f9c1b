using FitnessApp.Modules.Shared.Data;
using FitnessApp.Modules.Social.Domain;
using FitnessApp.Modules.Social.Feed;
using FitnessApp.Modules.Social.Groups.Domain;
using FitnessApp.Modules.Social.Interactions;
using FitnessApp.Modules.Social.Moderation;
using FitnessApp.Modules.Social.Notifications;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Social.Data;

/// <summary>The Social module's tables (schema <c>social</c>).</summary>
internal sealed class SocialDbContext(DbContextOptions<SocialDbContext> options) : DbContext(options)
{
    public const string Schema = "social";

    public DbSet<Follow> Follows => Set<Follow>();

    public DbSet<Block> Blocks => Set<Block>();

    public DbSet<Notification> Notifications => Set<Notification>();

    public DbSet<FeedPost> FeedPosts => Set<FeedPost>();

    public DbSet<FeedEntry> FeedEntries => Set<FeedEntry>();

    public DbSet<Kudos> Kudos => Set<Kudos>();

    public DbSet<Comment> Comments => Set<Comment>();

    public DbSet<Report> Reports => Set<Report>();
    public DbSet<Group> Groups => Set<Group>();

    public DbSet<GroupMember> GroupMembers => Set<GroupMember>();

    public DbSet<GroupEvent> GroupEvents => Set<GroupEvent>();

    public DbSet<EventAttendance> EventAttendances => Set<EventAttendance>();
    public DbSet<FeedMergedAuthor> FeedMergedAuthors => Set<FeedMergedAuthor>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.UseModuleSchema(Schema);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(SocialDbContext).Assembly);
        modelBuilder.UseGuidV7Keys();
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.UseUtcInstants();
}
