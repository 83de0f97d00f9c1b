using FitnessApp.Modules.Loyalty.PersonalData;
using FitnessApp.Modules.Loyalty.Wallet.Expiry;
using FitnessApp.Modules.Shared.Demo;
using FitnessApp.Modules.Shared.Jobs;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace FitnessApp.Modules.Loyalty.Wallet;

internal static class WalletSetup
{
    public static IServiceCollection AddWallet(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(WalletOptions.From(configuration));
        services.AddScoped<WalletReader>();
        services.AddScoped<PointsExpiryRun>();
        services.AddScoped<ILoyaltyDataPart, WalletDataPart>();
        services.AddScoped<IDemoSeeder, WalletDemoSeeder>();
        services.AddScheduledJob<PointsExpiryJob>(
            LoyaltyModule.ModuleName, PointsExpiryJob.Name, JobSchedule.Cron("0 30 2 * * ?"), "Expires points past Loyalty:Points:ExpireAfter (oldest first) and gives a week's notice");
        return services;
    }
}
