using FitnessApp.Modules.Shared.Demo;
using FitnessApp.Modules.Social.Data;
using FitnessApp.Modules.Social.Domain;
using FitnessApp.Modules.Social.Interactions.GiveKudos;
using FitnessApp.Modules.Social.Interactions.PostComment;
using FitnessApp.Modules.Training.Contracts.Activities;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace FitnessApp.Modules.Social.Demo;

/// <summary>
/// The demo athletes cheer and comment on each other's latest activities that they may see (public ones, and
/// followers-only ones of the athletes they follow), through the same commands as the portal, so the owners get the
/// notifications too. An activity that already has kudos or comments is left alone, so the seeder runs once.
/// </summary>
internal sealed class InteractionsDemoSeeder(IMediator mediator, SocialDbContext db, SocialGraph graph, ILogger<InteractionsDemoSeeder> logger) : IDemoSeeder
{
    private const int ActivitiesPerAthlete = 4;
    private const int CheersPerActivity = 3;

    private static readonly string[] Comments =
    [
        "Great pace, well done!",
        "Strong finish 💪",
        "Nice route, I have to try it.",
        "Looks like perfect weather for it.",
        "Consistent as always, @{0}!",
        "Отличная тренировка!",
    ];

    public async Task SeedAsync(DemoSeedContext context, CancellationToken cancellationToken)
    {
        var athletes = context.Athletes;
        var seeded = 0;
        for (var i = 0; i < athletes.Count && athletes.Count > 1; i++)
        {
            var owner = athletes[i];
            var recent = await mediator.Send(
                new ListAthleteActivities(owner.UserId, [Visibility.Public, Visibility.Followers], null, ActivitiesPerAthlete), cancellationToken);
            var cards = await mediator.Send(new GetActivityCards(recent.Items.Select(a => a.Id).ToList()), cancellationToken);
            var j = 0;
            foreach (var card in cards.Where(c => c.Visibility != Visibility.Private).OrderByDescending(c => c.StartTime))
            {
                j++;
                if (await db.Kudos.AnyAsync(k => k.ActivityId == card.ActivityId, cancellationToken)
                    || await db.Comments.AnyAsync(c => c.ActivityId == card.ActivityId, cancellationToken))
                {
                    continue;
                }

                for (var k = 1; k <= CheersPerActivity; k++)
                {
                    var fan = athletes[(i + j + k) % athletes.Count];
                    if (fan.UserId == owner.UserId
                        || !SocialGraph.MaySee(await graph.AudienceAsync(fan.UserId, owner.UserId, cancellationToken), card.Visibility))
                    {
                        continue;
                    }

                    await mediator.Send(new GiveKudos(card.ActivityId, fan.UserId), cancellationToken);
                    if (k == 1 || (j + k) % 3 == 0)
                    {
                        var text = string.Format(System.Globalization.CultureInfo.InvariantCulture, Comments[(i + j + k) % Comments.Length], owner.DisplayName);
                        await mediator.Send(new PostComment(card.ActivityId, fan.UserId, text), cancellationToken);
                    }

                    seeded++;
                }
            }
        }

        if (seeded > 0)
        {
            logger.LogInformation("Demo interactions: {Count} kudos with comments on the demo athletes' latest activities", seeded);
        }
    }
}
