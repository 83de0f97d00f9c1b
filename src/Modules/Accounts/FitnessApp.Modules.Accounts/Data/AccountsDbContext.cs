using FitnessApp.Modules.Accounts.Domain;
using FitnessApp.Modules.Accounts.PersonalData.Domain;
using FitnessApp.Modules.Shared.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Accounts.Data;

internal sealed class AccountsDbContext(DbContextOptions<AccountsDbContext> options)
    : IdentityDbContext<User, Role, Guid>(options)
{
    public const string Schema = "accounts";

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<DataExport> DataExports => Set<DataExport>();

    public DbSet<DataExportArchive> DataExportArchives => Set<DataExportArchive>();

    public DbSet<ErasureRequest> ErasureRequests => Set<ErasureRequest>();

    public DbSet<ErasureConfirmation> ErasureConfirmations => Set<ErasureConfirmation>();
    public DbSet<AvatarImage> AvatarImages => Set<AvatarImage>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        builder.UseModuleSchema(Schema);
        base.OnModelCreating(builder);

        builder.Entity<User>(user =>
        {
            user.ToTable("Users");
            user.Property(u => u.DisplayName).HasMaxLength(User.DisplayNameMaxLength);
            user.ConfigureProfile();
        });
        builder.Entity<Role>().ToTable("Roles");
        builder.Entity<IdentityUserRole<Guid>>().ToTable("UserRoles");
        builder.Entity<IdentityUserClaim<Guid>>().ToTable("UserClaims");
        builder.Entity<IdentityUserLogin<Guid>>().ToTable("UserLogins");
        builder.Entity<IdentityUserToken<Guid>>().ToTable("UserTokens");
        builder.Entity<IdentityRoleClaim<Guid>>().ToTable("RoleClaims");
        builder.Entity<DataProtectionKey>(key =>
        {
            key.ToTable("DataProtectionKeys");
            key.Property(k => k.FriendlyName).HasMaxLength(200);
        });

        builder.ApplyConfiguration(new AuditEntryConfiguration());
        builder.ApplyConfiguration(new DataExportConfiguration());
        builder.ApplyConfiguration(new DataExportArchiveConfiguration());
        builder.ApplyConfiguration(new ErasureRequestConfiguration());
        builder.ApplyConfiguration(new ErasureConfirmationConfiguration());
        builder.ApplyConfiguration(new AvatarImageConfiguration());

        builder.UseGuidV7Keys();
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.UseUtcInstants();
}
