using FitnessApp.Modules.Shared.Data;
using FitnessApp.Modules.Shop.Cart;
using FitnessApp.Modules.Shop.Catalog.PartnerImports.Domain;
using FitnessApp.Modules.Shop.Domain;
using FitnessApp.Modules.Shop.Orders;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Shop.Data;

/// <summary>The Shop module's tables (schema <c>shop</c>).</summary>
internal sealed class ShopDbContext(DbContextOptions<ShopDbContext> options) : DbContext(options)
{
    public const string Schema = "shop";

    public DbSet<Category> Categories => Set<Category>();

    public DbSet<Product> Products => Set<Product>();

    public DbSet<ProductSport> ProductSports => Set<ProductSport>();

    public DbSet<Sku> Skus => Set<Sku>();

    public DbSet<StockMovement> StockMovements => Set<StockMovement>();

    public DbSet<PartnerFeed> PartnerFeeds => Set<PartnerFeed>();

    public DbSet<PartnerImportRun> PartnerImportRuns => Set<PartnerImportRun>();

    public DbSet<Catalog.Domain.ProductImage> ProductImages => Set<Catalog.Domain.ProductImage>();

    public DbSet<CartItem> CartItems => Set<CartItem>();

    public DbSet<Order> Orders => Set<Order>();

    public DbSet<OrderLine> OrderLines => Set<OrderLine>();

    public DbSet<OrderRefund> OrderRefunds => Set<OrderRefund>();

    public DbSet<Payments.Domain.Payment> Payments => Set<Payments.Domain.Payment>();

    public DbSet<Payments.Domain.ProcessedPaymentEvent> ProcessedPaymentEvents => Set<Payments.Domain.ProcessedPaymentEvent>();

    public DbSet<Payments.Domain.PaymentRefund> PaymentRefunds => Set<Payments.Domain.PaymentRefund>();

    public DbSet<Reviews.ProductReview> ProductReviews => Set<Reviews.ProductReview>();

    public DbSet<Reviews.ReviewModeration> ReviewModerations => Set<Reviews.ReviewModeration>();

    public DbSet<Offers.WeeklyEmail.OfferEmailSent> OfferEmailsSent => Set<Offers.WeeklyEmail.OfferEmailSent>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.UseModuleSchema(Schema);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(ShopDbContext).Assembly);
        modelBuilder.UseGuidV7Keys();
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.UseUtcInstants();
}
