using FitnessApp.Modules.Training.Plans.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FitnessApp.Modules.Training.Data;

internal sealed class PlanTemplateConfiguration : IEntityTypeConfiguration<PlanTemplate>
{
    public void Configure(EntityTypeBuilder<PlanTemplate> template)
    {
        template.ToTable("PlanTemplates");
        template.Property(t => t.Id).ValueGeneratedNever();
        template.Property(t => t.NameEn).HasMaxLength(PlanTemplate.NameMaxLength);
        template.Property(t => t.NameRu).HasMaxLength(PlanTemplate.NameMaxLength);
        template.Property(t => t.DescriptionEn).HasMaxLength(PlanTemplate.DescriptionMaxLength);
        template.Property(t => t.DescriptionRu).HasMaxLength(PlanTemplate.DescriptionMaxLength);
        template.Property(t => t.SportFocus).HasConversion<string>().HasMaxLength(ActivityConfiguration.EnumMaxLength);
        template.Property(t => t.Level).HasConversion<string>().HasMaxLength(ActivityConfiguration.EnumMaxLength);
        template.HasMany(t => t.Workouts).WithOne().HasForeignKey(w => w.TemplateId).OnDelete(DeleteBehavior.Cascade);
    }
}
