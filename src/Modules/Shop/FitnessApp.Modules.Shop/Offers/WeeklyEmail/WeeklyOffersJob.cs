using FitnessApp.Modules.Accounts.Contracts.Notifications;
using FitnessApp.Modules.Accounts.Contracts.Profiles;
using FitnessApp.Modules.Shop.Domain;
using FitnessApp.Modules.Shop.Pages;
using MediatR;
using Microsoft.Extensions.Options;
using Quartz;

namespace FitnessApp.Modules.Shop.Offers.WeeklyEmail;

/// <summary>
/// Monday morning: every confirmed athlete with offers gets them by email under <see cref="EmailNotificationKind.ShopOffers"/>;
/// Accounts drops the message for everyone who has not switched that kind on (it is off by default).
/// </summary>
[DisallowConcurrentExecution]
internal sealed class WeeklyOffersJob(IMediator mediator, PersonalOffers offers, IOptions<ShopOptions> shop) : IJob
{
    public const string Name = "weekly-offers";
    public const string Schedule = "0 0 7 ? * MON";
    public const int BatchSize = 100;

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default) => await RunAsync(cancellationToken);

    /// <summary>Answers how many emails Accounts accepted.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
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

            foreach (var (athleteId, found) in await offers.ForAsync(athletes.Select(a => a.UserId).ToList(), cancellationToken))
            {
                if (found.Offers.Count == 0)
                {
                    continue;
                }

                var email = OfferEmail.Compose(found, shop.Value.Currency);
                sent += await mediator.Send(new SendNotificationEmail(athleteId, EmailNotificationKind.ShopOffers, email.Subject, email.Text, ShopPaths.Home), cancellationToken) ? 1 : 0;
            }

            if (athletes.Count < BatchSize)
            {
                return sent;
            }

            (afterName, afterId) = (athletes[^1].DisplayName, athletes[^1].UserId);
        }
    }
}
