using FitnessApp.Modules.Shop.Offers.WeeklyEmail;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FitnessApp.Modules.Shop.Data;

internal sealed class OfferEmailSentConfiguration : IEntityTypeConfiguration<OfferEmailSent>
{
    public void Configure(EntityTypeBuilder<OfferEmailSent> sent)
    {
        sent.ToTable("OfferEmailsSent");
        // One email per athlete and week: the key is what makes a rerun skip them.
        sent.HasKey(s => new { s.UserId, s.WeekStart });
    }
}
