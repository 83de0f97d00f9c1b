using FitnessApp.Modules.Shared.Demo;
using FitnessApp.Modules.Social.Data;
using FitnessApp.Modules.Social.Groups;
using FitnessApp.Modules.Social.Groups.Domain;
using FitnessApp.Modules.Training.Contracts.Activities;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Social.Demo;

/// <summary>
/// Two groups of the demo athletes, each with an event a few days ahead: a public running club owned by the first athlete
/// and a private cycling group owned by the second. Skipped when the first athlete already owns a group.
/// </summary>
internal sealed class GroupsDemoSeeder(SocialDbContext db, TimeProvider clock) : IDemoSeeder
{
    public async Task SeedAsync(DemoSeedContext context, CancellationToken cancellationToken)
    {
        var athletes = context.Athletes.Select(a => a.UserId).ToList();
        if (athletes.Count < 2 || await db.Groups.AnyAsync(g => g.OwnerId == athletes[0], cancellationToken))
        {
            return;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var today = now.Date;
        Seed(
            new Group { Name = "Riverside Runners", Description = "Easy social runs along the river, all paces welcome.", Sport = Sport.Running, City = "Berlin", Privacy = GroupPrivacy.Public },
            athletes, now,
            new GroupEvent { Title = "Saturday long run", Sport = Sport.Running, StartsAt = today.AddDays(3).AddHours(8), PlaceName = "Oberbaum Bridge", Latitude = 52.5017, Longitude = 13.4456, Description = "18 km at conversational pace, coffee afterwards." });
        Seed(
            new Group { Name = "Early Bird Cyclists", Description = "Fast road rides before work.", Sport = Sport.Cycling, City = "Berlin", Privacy = GroupPrivacy.Private },
            [athletes[1], .. athletes.Where((_, i) => i != 1)], now,
            new GroupEvent { Title = "Sunrise loop", Sport = Sport.Cycling, StartsAt = today.AddDays(5).AddHours(5).AddMinutes(30), PlaceName = "Grunewald tower", Description = "60 km, regroup at the top." });
        await db.SaveChangesAsync(cancellationToken);
    }

    private void Seed(Group template, IReadOnlyList<Guid> members, DateTime now, GroupEvent eventTemplate)
    {
        var created = now.AddDays(-30);
        var group = new Group
        {
            Name = template.Name, Description = template.Description, Sport = template.Sport, City = template.City, Privacy = template.Privacy,
            OwnerId = members[0], CreatedAt = created, UpdatedAt = created,
        };
        db.Groups.Add(group);
        for (var i = 0; i < members.Count; i++)
        {
            var joined = created.AddDays(i);
            db.GroupMembers.Add(new GroupMember
            {
                GroupId = group.Id, UserId = members[i], State = MembershipState.Active, CreatedAt = joined, JoinedAt = joined,
                Role = i == 0 ? GroupRole.Owner : i == 1 ? GroupRole.Admin : GroupRole.Member,
            });
        }

        var groupEvent = new GroupEvent
        {
            GroupId = group.Id, CreatedById = members[0], Title = eventTemplate.Title, Sport = eventTemplate.Sport, StartsAt = eventTemplate.StartsAt,
            PlaceName = eventTemplate.PlaceName, Latitude = eventTemplate.Latitude, Longitude = eventTemplate.Longitude, Description = eventTemplate.Description,
            CreatedAt = now.AddDays(-1),
        };
        db.GroupEvents.Add(groupEvent);
        db.FeedPosts.Add(GroupPosts.New(group, members[0], groupEvent.Id, groupEvent.Title, groupEvent.Description, groupEvent.Sport, groupEvent.CreatedAt));
        for (var i = 0; i < members.Count; i++)
        {
            db.EventAttendances.Add(new EventAttendance
            {
                EventId = groupEvent.Id, UserId = members[i], Status = i % 3 == 2 ? AttendanceStatus.Maybe : AttendanceStatus.Going, RespondedAt = groupEvent.CreatedAt.AddHours(i),
            });
        }
    }
}
