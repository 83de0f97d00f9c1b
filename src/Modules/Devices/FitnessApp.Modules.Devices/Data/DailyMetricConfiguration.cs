using FitnessApp.Modules.Devices.DailyMetrics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FitnessApp.Modules.Devices.Data;

internal sealed class DailyMetricConfiguration : IEntityTypeConfiguration<DailyMetric>
{
    public void Configure(EntityTypeBuilder<DailyMetric> day)
    {
        day.ToTable("DailyMetrics");
        day.HasKey(d => new { d.OwnerId, d.Date }).HasName("PK_DailyMetrics");
    }
}
