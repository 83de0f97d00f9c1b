using System.Collections;
using System.Globalization;
using System.Resources;
using FitnessApp.Host.Jobs.Dashboard;
using FitnessApp.Host.Portal;
using FitnessApp.Modules.Accounts;
using FitnessApp.Modules.Devices;
using FitnessApp.Modules.Loyalty;
using FitnessApp.Modules.Shared.Modules;
using FitnessApp.Modules.Shop;
using FitnessApp.Modules.Social;
using FitnessApp.Modules.Support;
using FitnessApp.Modules.Training;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace FitnessApp.BrowserTests.Localization;

/// <summary>The portal's resource files and the source files that read them, as the host reads them.</summary>
internal static class PortalResources
{
    public static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");
    public static readonly CultureInfo Russian = CultureInfo.GetCultureInfo("ru");

    /// <summary>
    /// Each resource file with the folder of the components that read it through <c>T["…"]</c>; null for resources read only
    /// from C# (TrainingText: sports, units and navigation, through Measures and the navigation entries).
    /// </summary>
    public static readonly (string Name, ResourceManager Resources, string? ComponentsFolder)[] Files =
    [
        ("PortalText", new ResourceManager("FitnessApp.Host.Resources.Portal.PortalText", typeof(PortalText).Assembly), "src/Host/FitnessApp.Host/Components"),
        ("AccountsText", new ResourceManager("FitnessApp.Modules.Accounts.Resources.Pages.AccountsText", typeof(AccountsModule).Assembly), "src/Modules/Accounts/FitnessApp.Modules.Accounts/Pages"),
        ("ProfileText", new ResourceManager("FitnessApp.Modules.Accounts.Resources.Pages.Profile.ProfileText", typeof(AccountsModule).Assembly), "src/Modules/Accounts/FitnessApp.Modules.Accounts/Pages/Profile"),
        ("TrainingText", new ResourceManager("FitnessApp.Modules.Training.Resources.Pages.TrainingText", typeof(TrainingModule).Assembly), null),
        ("ActivitiesText", new ResourceManager("FitnessApp.Modules.Training.Resources.Pages.Activities.ActivitiesText", typeof(TrainingModule).Assembly), "src/Modules/Training/FitnessApp.Modules.Training/Pages/Activities"),
        ("JobsText", new ResourceManager("FitnessApp.Host.Resources.Jobs.Dashboard.JobsText", typeof(JobsText).Assembly), "src/Host/FitnessApp.Host/Jobs/Dashboard"),
        ("GearText", new ResourceManager("FitnessApp.Modules.Training.Resources.Pages.Gear.GearText", typeof(TrainingModule).Assembly), "src/Modules/Training/FitnessApp.Modules.Training/Pages/Gear"),
        ("GoalsText", new ResourceManager("FitnessApp.Modules.Training.Resources.Pages.Goals.GoalsText", typeof(TrainingModule).Assembly), "src/Modules/Training/FitnessApp.Modules.Training/Pages/Goals"),
        ("PlansText", new ResourceManager("FitnessApp.Modules.Training.Resources.Pages.Plans.PlansText", typeof(TrainingModule).Assembly), "src/Modules/Training/FitnessApp.Modules.Training/Pages/Plans"),
        ("CalendarText", new ResourceManager("FitnessApp.Modules.Training.Resources.Pages.Calendar.CalendarText", typeof(TrainingModule).Assembly), "src/Modules/Training/FitnessApp.Modules.Training/Pages/Calendar"),
        ("ProgressText", new ResourceManager("FitnessApp.Modules.Training.Resources.Pages.Progress.ProgressText", typeof(TrainingModule).Assembly), "src/Modules/Training/FitnessApp.Modules.Training/Pages/Progress"),
        ("RegistrationsText", new ResourceManager("FitnessApp.Modules.Devices.Resources.Pages.Registrations.RegistrationsText", typeof(DevicesModule).Assembly), "src/Modules/Devices/FitnessApp.Modules.Devices/Pages/Registrations"),
        ("HealthText", new ResourceManager("FitnessApp.Modules.Devices.Resources.Pages.Health.HealthText", typeof(DevicesModule).Assembly), "src/Modules/Devices/FitnessApp.Modules.Devices/Pages/Health"),
        ("ImportsText", new ResourceManager("FitnessApp.Modules.Devices.Resources.Pages.Imports.ImportsText", typeof(DevicesModule).Assembly), "src/Modules/Devices/FitnessApp.Modules.Devices/Pages/Imports"),
        ("ConnectionsText", new ResourceManager("FitnessApp.Modules.Devices.Resources.Pages.Connections.ConnectionsText", typeof(DevicesModule).Assembly), "src/Modules/Devices/FitnessApp.Modules.Devices/Pages/Connections"),
        ("SecurityText", new ResourceManager("FitnessApp.Modules.Accounts.Resources.Pages.Security.SecurityText", typeof(AccountsModule).Assembly), "src/Modules/Accounts/FitnessApp.Modules.Accounts/Pages/Security"),
        ("SupportText", new ResourceManager("FitnessApp.Modules.Support.Resources.Pages.SupportText", typeof(SupportModule).Assembly), "src/Modules/Support/FitnessApp.Modules.Support/Pages"),
        ("SocialText", new ResourceManager("FitnessApp.Modules.Social.Resources.Pages.SocialText", typeof(SocialModule).Assembly), null),
        ("LoyaltyText", new ResourceManager("FitnessApp.Modules.Loyalty.Resources.Pages.LoyaltyText", typeof(LoyaltyModule).Assembly), null),
        ("ShopText", new ResourceManager("FitnessApp.Modules.Shop.Resources.Pages.ShopText", typeof(ShopModule).Assembly), null),
        ("CatalogText", new ResourceManager("FitnessApp.Modules.Shop.Resources.Pages.Catalog.CatalogText", typeof(ShopModule).Assembly), "src/Modules/Shop/FitnessApp.Modules.Shop/Pages/Catalog"),
        ("ShopImagesText", new ResourceManager("FitnessApp.Modules.Shop.Resources.Pages.Catalog.Images.ImagesText", typeof(ShopModule).Assembly), "src/Modules/Shop/FitnessApp.Modules.Shop/Pages/Catalog/Images"),
        ("RulesText", new ResourceManager("FitnessApp.Modules.Loyalty.Resources.Pages.Rules.RulesText", typeof(LoyaltyModule).Assembly), "src/Modules/Loyalty/FitnessApp.Modules.Loyalty/Pages/Rules"),
        ("CampaignsText", new ResourceManager("FitnessApp.Modules.Loyalty.Resources.Pages.Campaigns.CampaignsText", typeof(LoyaltyModule).Assembly), "src/Modules/Loyalty/FitnessApp.Modules.Loyalty/Pages/Campaigns"),
        ("DataText", new ResourceManager("FitnessApp.Modules.Accounts.Resources.Pages.Data.DataText", typeof(AccountsModule).Assembly), "src/Modules/Accounts/FitnessApp.Modules.Accounts/Pages/Data"),
        ("AdminText", new ResourceManager("FitnessApp.Modules.Accounts.Resources.Pages.Admin.AdminText", typeof(AccountsModule).Assembly), "src/Modules/Accounts/FitnessApp.Modules.Accounts/Pages/Admin"),
        ("LegalText", new ResourceManager("FitnessApp.Modules.Accounts.Resources.Pages.Legal.LegalText", typeof(AccountsModule).Assembly), "src/Modules/Accounts/FitnessApp.Modules.Accounts/Pages/Legal"),
        ("PrivacyText", new ResourceManager("FitnessApp.Modules.Accounts.Resources.Pages.Privacy.PrivacyText", typeof(AccountsModule).Assembly), "src/Modules/Accounts/FitnessApp.Modules.Accounts/Pages/Privacy"),
        ("HealthConsentText", new ResourceManager("FitnessApp.Modules.Devices.Resources.Consent.HealthConsentText", typeof(DevicesModule).Assembly), "src/Modules/Devices/FitnessApp.Modules.Devices/Consent"),
        ("NotificationsText", new ResourceManager("FitnessApp.Modules.Social.Resources.Pages.Notifications.NotificationsText", typeof(SocialModule).Assembly), "src/Modules/Social/FitnessApp.Modules.Social/Pages/Notifications"),
        ("ModerationText", new ResourceManager("FitnessApp.Modules.Social.Resources.Pages.Moderation.ModerationText", typeof(SocialModule).Assembly), "src/Modules/Social/FitnessApp.Modules.Social/Pages/Moderation"),
        ("GroupsText", new ResourceManager("FitnessApp.Modules.Social.Resources.Pages.Groups.GroupsText", typeof(SocialModule).Assembly), "src/Modules/Social/FitnessApp.Modules.Social/Pages/Groups"),
        ("ActivityText", new ResourceManager("FitnessApp.Modules.Social.Resources.Pages.Activity.ActivityText", typeof(SocialModule).Assembly), "src/Modules/Social/FitnessApp.Modules.Social/Pages/Activity"),
        ("SocialConnectionsText", new ResourceManager("FitnessApp.Modules.Social.Resources.Pages.Connections.ConnectionsText", typeof(SocialModule).Assembly), "src/Modules/Social/FitnessApp.Modules.Social/Pages/Connections"),
        ("FeedText", new ResourceManager("FitnessApp.Modules.Social.Resources.Pages.Feed.FeedText", typeof(SocialModule).Assembly), "src/Modules/Social/FitnessApp.Modules.Social/Pages/Feed"),
        ("AchievementsText", new ResourceManager("FitnessApp.Modules.Loyalty.Resources.Pages.Achievements.AchievementsText", typeof(LoyaltyModule).Assembly), "src/Modules/Loyalty/FitnessApp.Modules.Loyalty/Pages/Achievements"),
        ("AchievementCatalogText", new ResourceManager("FitnessApp.Modules.Loyalty.Resources.Pages.Achievements.AchievementsText", typeof(LoyaltyModule).Assembly), "src/Modules/Loyalty/FitnessApp.Modules.Loyalty/Pages/AchievementCatalog"),
        ("PromoCodesText", new ResourceManager("FitnessApp.Modules.Loyalty.Resources.Pages.PromoCodes.PromoCodesText", typeof(LoyaltyModule).Assembly), "src/Modules/Loyalty/FitnessApp.Modules.Loyalty/Pages/PromoCodes"),
        ("PointsText", new ResourceManager("FitnessApp.Modules.Loyalty.Resources.Pages.Points.PointsText", typeof(LoyaltyModule).Assembly), "src/Modules/Loyalty/FitnessApp.Modules.Loyalty/Pages/Points"),
        ("LevelsText", new ResourceManager("FitnessApp.Modules.Loyalty.Resources.Pages.Levels.LevelsText", typeof(LoyaltyModule).Assembly), "src/Modules/Loyalty/FitnessApp.Modules.Loyalty/Pages/Levels"),
        ("ActivityFormatText", new ResourceManager("FitnessApp.Modules.Social.Resources.Pages.Shared.ActivityFormatText", typeof(SocialModule).Assembly), null),
        ("ChallengesText", new ResourceManager("FitnessApp.Modules.Loyalty.Resources.Pages.Challenges.ChallengesText", typeof(LoyaltyModule).Assembly), "src/Modules/Loyalty/FitnessApp.Modules.Loyalty/Pages/Challenges"),
        ("ChallengesAdminText", new ResourceManager("FitnessApp.Modules.Loyalty.Resources.Pages.ChallengesAdmin.ChallengesAdminText", typeof(LoyaltyModule).Assembly), "src/Modules/Loyalty/FitnessApp.Modules.Loyalty/Pages/ChallengesAdmin"),
        ("ShopImportsText", new ResourceManager("FitnessApp.Modules.Shop.Resources.Pages.Imports.ImportsText", typeof(ShopModule).Assembly), "src/Modules/Shop/FitnessApp.Modules.Shop/Pages/Imports"),
        ("ShoppingText (Cart)", new ResourceManager("FitnessApp.Modules.Shop.Resources.Pages.Cart.ShoppingText", typeof(ShopModule).Assembly), "src/Modules/Shop/FitnessApp.Modules.Shop/Pages/Cart"),
        ("ShoppingText (Checkout)", new ResourceManager("FitnessApp.Modules.Shop.Resources.Pages.Cart.ShoppingText", typeof(ShopModule).Assembly), "src/Modules/Shop/FitnessApp.Modules.Shop/Pages/Checkout"),
        ("ShoppingText (Orders)", new ResourceManager("FitnessApp.Modules.Shop.Resources.Pages.Cart.ShoppingText", typeof(ShopModule).Assembly), "src/Modules/Shop/FitnessApp.Modules.Shop/Pages/Orders"),
        ("ShopPaymentsText", new ResourceManager("FitnessApp.Modules.Shop.Resources.Pages.Payments.PaymentsText", typeof(ShopModule).Assembly), "src/Modules/Shop/FitnessApp.Modules.Shop/Pages/Payments"),
        ("ShopReviewsText", new ResourceManager("FitnessApp.Modules.Shop.Resources.Pages.Reviews.ReviewsText", typeof(ShopModule).Assembly), "src/Modules/Shop/FitnessApp.Modules.Shop/Pages/Reviews"),
        ("ShopOffersText", new ResourceManager("FitnessApp.Modules.Shop.Resources.Pages.Offers.OffersText", typeof(ShopModule).Assembly), "src/Modules/Shop/FitnessApp.Modules.Shop/Pages/Offers"),
        ("ShopOrdersAdminText", new ResourceManager("FitnessApp.Modules.Shop.Resources.Pages.OrdersAdmin.OrdersAdminText", typeof(ShopModule).Assembly), "src/Modules/Shop/FitnessApp.Modules.Shop/Pages/OrdersAdmin"),
    ];

    public static IEnumerable<NavigationEntry> NavigationEntries => new AccountsModule().Navigation.Concat(new TrainingModule().Navigation).Concat(new DevicesModule().Navigation).Concat(new SupportModule().Navigation).Concat(new SocialModule().Navigation).Concat(new LoyaltyModule().Navigation).Concat(new ShopModule().Navigation)
        .Concat(PlatformNavigation.Operators).Concat(AccountsModule.OperatorNavigation).Concat(SupportModule.OperatorNavigation).Concat(SocialModule.OperatorNavigation).Concat(LoyaltyModule.OperatorNavigation).Concat(ShopModule.OperatorNavigation);

    public static IReadOnlyDictionary<string, string> Texts(ResourceManager resources, CultureInfo culture)
    {
        // The neutral (English) resources live in the main assembly; Russian in its satellite, without falling back.
        var set = resources.GetResourceSet(culture == English ? CultureInfo.InvariantCulture : culture, createIfNotExists: true, tryParents: false)
            ?? throw new InvalidOperationException($"No {culture.Name} resources for {resources.BaseName}.");
        return set.Cast<DictionaryEntry>().ToDictionary(entry => (string)entry.Key, entry => (string)entry.Value!);
    }

    public static IStringLocalizerFactory LocalizerFactory() =>
        new ServiceCollection().AddLogging().AddLocalization(options => options.ResourcesPath = "Resources")
            .BuildServiceProvider().GetRequiredService<IStringLocalizerFactory>();

    public static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "FitnessApp.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"FitnessApp.sln was not found above {AppContext.BaseDirectory}.");
    }
}
