using FitnessApp.Modules.Accounts.Contracts.Notifications;
using FitnessApp.Modules.Accounts.Contracts.Profiles;
using FitnessApp.Modules.Shared.Data;
using FitnessApp.Modules.Shop.Data;
using FitnessApp.Modules.Shop.Domain;
using FitnessApp.Modules.Shop.Pages;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Quartz;

namespace FitnessApp.Modules.Shop.Offers.WeeklyEmail;

/// <summary>
/// Monday morning: every confirmed athlete with offers gets them by email under <see cref="EmailNotificationKind.ShopOffers"/>;
/// Accounts drops the message for everyone who has not switched that kind on (it is off by default). Each athlete's email is
/// recorded (<see cref="OfferEmailSent"/>) before it is handed over, so a retried or repeated run in the same ISO week skips
/// them: at most one offers email a week, even if a failure in between loses one.
/// </summary>
[DisallowConcurrentExecution]
internal sealed class WeeklyOffersJob(IMediator mediator, PersonalOffers offers, IOptions<ShopOptions> shop, ShopDbContext db, TimeProvider clock) : IJob
{
    public const string Name = "weekly-offers";
    public const string Schedule = "0 0 7 ? * MON";
    public const int BatchSize = 100;

    /// <summary>Records older than this are of no use to a rerun; they are deleted when the job starts.</summary>
    private const int KeptDays = 28;

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default) => await RunAsync(cancellationToken);

    /// <summary>Answers how many emails Accounts accepted.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var week = OfferEmailSent.WeekOf(now);
        await db.OfferEmailsSent.Where(s => s.WeekStart < week.AddDays(-KeptDays)).ExecuteDeleteAsync(cancellationToken);
        var sent = 0;
        string? afterName = null;
        Guid? afterId = null;
        while (true)
        {
            var athletes = await mediator.Send(new SearchAthletes(null, null, BatchSize, null, afterName, afterId), cancellationToken);
            if (athletes.Count == 0)
            {
                return sent;
            }

            var ids = athletes.Select(a => a.UserId).ToList();
            var done = await db.OfferEmailsSent.Where(s => s.WeekStart == week && ids.Contains(s.UserId)).Select(s => s.UserId).ToListAsync(cancellationToken);
            foreach (var (athleteId, found) in await offers.ForAsync(ids.Except(done).ToList(), cancellationToken))
            {
                if (found.Offers.Count == 0 || !await RecordAsync(athleteId, week, now, cancellationToken))
                {
                    continue;
                }

                var email = OfferEmail.Compose(found, shop.Value.Currency);
                if (await mediator.Send(new SendNotificationEmail(athleteId, EmailNotificationKind.ShopOffers, email.Subject, email.Text, ShopPaths.Home), cancellationToken))
                {
                    sent++;
                }
                else
                {
                    // Not switched on (or no confirmed address): nothing went, so nothing is kept.
                    await db.OfferEmailsSent.Where(s => s.UserId == athleteId && s.WeekStart == week).ExecuteDeleteAsync(cancellationToken);
                }
            }

            if (athletes.Count < BatchSize)
            {
                return sent;
            }

            (afterName, afterId) = (athletes[^1].DisplayName, athletes[^1].UserId);
        }
    }

    /// <summary>False when another run recorded this athlete's email for the week first.</summary>
    private async Task<bool> RecordAsync(Guid athleteId, DateTime week, DateTime now, CancellationToken cancellationToken)
    {
        var record = new OfferEmailSent { UserId = athleteId, WeekStart = week, SentAt = now };
        db.OfferEmailsSent.Add(record);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException exception) when (exception.IsUniqueViolation())
        {
            db.Entry(record).State = EntityState.Detached;
            return false;
        }
    }
}
