using System.Net;
using FitnessApp.Modules.Accounts.Contracts.Notifications;
using FitnessApp.Modules.Accounts.Email;
using FitnessApp.Modules.Accounts.Pages;

namespace FitnessApp.Modules.Accounts.Notifications.SendNotificationEmail;

/// <summary>The caller's subject and text framed in the account's language (en or ru), with the way to switch the kind off.</summary>
internal static class NotificationEmailTemplate
{
    public static OutgoingEmail Compose(NotificationEmailRequested message, string language, string to, string displayName)
    {
        var ru = string.Equals(language, "ru", StringComparison.OrdinalIgnoreCase);
        var greeting = ru ? $"Здравствуйте, {displayName}!" : $"Hello {displayName},";
        var open = ru ? "Открыть" : "Open";
        var settings = $"{message.PortalUrl}{AccountPaths.Settings}";
        var footer = ru
            ? $"Вы получили это письмо, потому что у вас включены уведомления «{KindName(message.Kind, ru)}». Отключить их можно в настройках: {settings}"
            : $"You received this email because {KindName(message.Kind, ru)} notifications are on. Switch them off in your settings: {settings}";
        var link = message.Link is { } path ? $"{message.PortalUrl}{path}" : null;

        var text = $"{greeting}\n\n{message.Text}\n\n{(link is null ? string.Empty : $"{open}: {link}\n\n")}{footer}\n\nFitnessApp";
        var html = $"<p>{Encode(greeting)}</p><p>{Encode(message.Text).ReplaceLineEndings("<br>")}</p>"
            + (link is null ? string.Empty : $"<p><a href=\"{Encode(link)}\">{Encode(open)}</a></p>")
            + $"<p><small>{Encode(footer)}</small></p><p>FitnessApp</p>";
        return new OutgoingEmail(to, message.Subject, text, html);
    }

    private static string KindName(EmailNotificationKind kind, bool ru) => kind switch
    {
        EmailNotificationKind.SupportReplies => ru ? "Ответы поддержки" : "support reply",
        EmailNotificationKind.NewFollowers => ru ? "Новые подписчики" : "new follower",
        EmailNotificationKind.Achievements => ru ? "Достижения" : "achievement",
        EmailNotificationKind.FollowRequests => ru ? "Запросы на подписку" : "follow request",
        EmailNotificationKind.Kudos => ru ? "Лайки" : "kudos",
        EmailNotificationKind.Comments => ru ? "Комментарии" : "comment",
        EmailNotificationKind.Mentions => ru ? "Упоминания" : "mention",
        EmailNotificationKind.GroupInvitations => ru ? "Приглашения в группы" : "group invitation",
        EmailNotificationKind.EventReminders => ru ? "Напоминания о событиях" : "event reminder",
        EmailNotificationKind.Orders => ru ? "Заказы в магазине" : "shop order",
        EmailNotificationKind.ShopOffers => ru ? "Персональные предложения магазина" : "shop offer",
        _ => ru ? "Напоминания о тренировках" : "training reminder",
    };

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
