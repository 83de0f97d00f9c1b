using FitnessApp.Modules.Shared.Demo;
using FitnessApp.Modules.Social.Data;
using FitnessApp.Modules.Social.Connections;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace FitnessApp.Modules.Social.Demo;

/// <summary>
/// The demo athletes follow each other, most of them both ways; one of them asks to follow Ivan, whose profile is
/// followers-only, and waits. Made like real follows (observers, notifications, events); follows that exist are left
/// alone, so the seeder can run on every start.
/// </summary>
internal sealed class ConnectionsDemoSeeder(SocialDbContext db, FollowChanges changes, ILogger<ConnectionsDemoSeeder> logger) : IDemoSeeder
{
    /// <summary>Who follows whom (by the local part of the demo e-mail); <c>true</c> marks a pending request.</summary>
    private static readonly (string Follower, string Followee, bool Pending)[] Graph =
    [
        ("anna", "mark", false), ("mark", "anna", false),
        ("anna", "lena", false), ("lena", "anna", false),
        ("anna", "ivan", false), ("ivan", "anna", false),
        ("mark", "lena", false), ("lena", "mark", false),
        ("sofia", "lena", false), ("lena", "sofia", false),
        ("tom", "anna", false), ("anna", "tom", false),
        ("tom", "mark", false),
        ("sofia", "anna", false),
        ("mark", "ivan", true),
    ];

    public async Task SeedAsync(DemoSeedContext context, CancellationToken cancellationToken)
    {
        var ids = context.Athletes.ToDictionary(a => a.Email.Split('@')[0], a => a.UserId, StringComparer.OrdinalIgnoreCase);
        var added = 0;
        foreach (var (followerName, followeeName, pending) in Graph)
        {
            if (!ids.TryGetValue(followerName, out var follower) || !ids.TryGetValue(followeeName, out var followee)
                || await db.Follows.AnyAsync(f => f.FollowerId == follower && f.FolloweeId == followee, cancellationToken))
            {
                continue;
            }

            await changes.CreateAsync(follower, followee, pending, cancellationToken);
            added++;
        }

        if (added > 0)
        {
            await db.SaveChangesAsync(cancellationToken);
            logger.LogInformation("Demo connections: {Count} follows", added);
        }
    }
}
