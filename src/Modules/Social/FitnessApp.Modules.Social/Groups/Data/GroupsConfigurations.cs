using FitnessApp.Modules.Social.Data;
using FitnessApp.Modules.Social.Groups.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FitnessApp.Modules.Social.Groups.Data;

internal sealed class GroupConfiguration : IEntityTypeConfiguration<Group>
{
    public void Configure(EntityTypeBuilder<Group> group)
    {
        group.ToTable("Groups");
        group.Property(g => g.Id).ValueGeneratedNever();
        group.Property(g => g.Name).HasMaxLength(Group.NameMaxLength);
        group.Property(g => g.Description).HasMaxLength(Group.DescriptionMaxLength);
        group.Property(g => g.City).HasMaxLength(Group.CityMaxLength);
        group.Property(g => g.Sport).HasConversion<string>().HasMaxLength(SocialColumns.EnumMaxLength);
        group.Property(g => g.Privacy).HasConversion<string>().HasMaxLength(SocialColumns.EnumMaxLength);
        group.HasIndex(g => new { g.CreatedAt, g.Id }).HasDatabaseName("IX_Groups_CreatedAt_Id");
        group.HasIndex(g => g.OwnerId).HasDatabaseName("IX_Groups_OwnerId");
    }
}

internal sealed class GroupMemberConfiguration : IEntityTypeConfiguration<GroupMember>
{
    public void Configure(EntityTypeBuilder<GroupMember> member)
    {
        member.ToTable("GroupMembers");
        member.Property(m => m.Id).ValueGeneratedNever();
        member.Property(m => m.Role).HasConversion<string>().HasMaxLength(SocialColumns.EnumMaxLength);
        member.Property(m => m.State).HasConversion<string>().HasMaxLength(SocialColumns.EnumMaxLength);
        member.Ignore(m => m.IsActive);
        member.Ignore(m => m.IsAdmin);
        member.HasIndex(m => new { m.GroupId, m.UserId }).IsUnique().HasDatabaseName("IX_GroupMembers_GroupId_UserId");
        member.HasIndex(m => new { m.UserId, m.State }).HasDatabaseName("IX_GroupMembers_UserId_State");
    }
}

internal sealed class GroupEventConfiguration : IEntityTypeConfiguration<GroupEvent>
{
    public void Configure(EntityTypeBuilder<GroupEvent> groupEvent)
    {
        groupEvent.ToTable("GroupEvents");
        groupEvent.Property(e => e.Id).ValueGeneratedNever();
        groupEvent.Property(e => e.Title).HasMaxLength(GroupEvent.TitleMaxLength);
        groupEvent.Property(e => e.PlaceName).HasMaxLength(GroupEvent.PlaceMaxLength);
        groupEvent.Property(e => e.Description).HasMaxLength(GroupEvent.DescriptionMaxLength);
        groupEvent.Property(e => e.Sport).HasConversion<string>().HasMaxLength(SocialColumns.EnumMaxLength);
        groupEvent.HasIndex(e => new { e.GroupId, e.StartsAt }).HasDatabaseName("IX_GroupEvents_GroupId_StartsAt");
        groupEvent.HasIndex(e => e.StartsAt).HasDatabaseName("IX_GroupEvents_StartsAt");
    }
}

internal sealed class EventAttendanceConfiguration : IEntityTypeConfiguration<EventAttendance>
{
    public void Configure(EntityTypeBuilder<EventAttendance> attendance)
    {
        attendance.ToTable("EventAttendances");
        attendance.Property(a => a.Id).ValueGeneratedNever();
        attendance.Property(a => a.Status).HasConversion<string>().HasMaxLength(SocialColumns.EnumMaxLength);
        attendance.HasIndex(a => new { a.EventId, a.UserId }).IsUnique().HasDatabaseName("IX_EventAttendances_EventId_UserId");
        attendance.HasIndex(a => a.UserId).HasDatabaseName("IX_EventAttendances_UserId");
    }
}
