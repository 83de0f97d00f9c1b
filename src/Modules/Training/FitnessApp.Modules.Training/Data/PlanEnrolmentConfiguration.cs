using FitnessApp.Modules.Training.Plans.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FitnessApp.Modules.Training.Data;

internal sealed class PlanEnrolmentConfiguration : IEntityTypeConfiguration<PlanEnrolment>
{
    public void Configure(EntityTypeBuilder<PlanEnrolment> enrolment)
    {
        enrolment.ToTable("PlanEnrolments");
        enrolment.Property(e => e.Id).ValueGeneratedNever();
        enrolment.Property(e => e.NameEn).HasMaxLength(PlanTemplate.NameMaxLength);
        enrolment.Property(e => e.NameRu).HasMaxLength(PlanTemplate.NameMaxLength);
        enrolment.HasMany(e => e.Workouts).WithOne().HasForeignKey(w => w.EnrolmentId).OnDelete(DeleteBehavior.Cascade);
        enrolment.HasIndex(e => new { e.AthleteId, e.EndDate }).HasDatabaseName("IX_PlanEnrolments_AthleteId_EndDate");
    }
}
