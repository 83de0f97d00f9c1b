using System.Net;

namespace FitnessApp.Modules.Accounts.Email;

/// <summary>The messages' words, in the account's language (en or ru).</summary>
internal static class AccountEmailTemplates
{
    public static OutgoingEmail Compose(AccountEmailKind kind, string language, string to, string displayName, string link)
    {
        var ru = string.Equals(language, "ru", StringComparison.OrdinalIgnoreCase);
        var (subject, lead, action) = (kind, ru) switch
        {
            (AccountEmailKind.ConfirmEmail, false) => ("Confirm your email address", "Welcome to FitnessApp! Please confirm that this address is yours.", "Confirm my email"),
            (AccountEmailKind.ConfirmEmail, true) => ("Подтвердите адрес электронной почты", "Добро пожаловать в FitnessApp! Подтвердите, что этот адрес принадлежит вам.", "Подтвердить адрес"),
            (AccountEmailKind.RegistrationAttempted, false) => ("Someone tried to register with your email", "Someone tried to create a FitnessApp account with this address, which already has one. If it was you, sign in, or reset your password if you forgot it. Otherwise ignore this message.", "Reset my password"),
            (AccountEmailKind.RegistrationAttempted, true) => ("Кто-то пытался зарегистрироваться с вашим адресом", "Кто-то пытался создать учётную запись FitnessApp с этим адресом, но она уже существует. Если это были вы, войдите или восстановите пароль. Иначе просто проигнорируйте это письмо.", "Восстановить пароль"),
            (AccountEmailKind.PasswordReset, false) => ("Reset your password", "We received a request to reset your FitnessApp password. The link works once and for one day. If you did not ask for it, ignore this message.", "Choose a new password"),
            (AccountEmailKind.PasswordReset, true) => ("Восстановление пароля", "Мы получили запрос на смену пароля FitnessApp. Ссылка действует один раз и в течение суток. Если вы не запрашивали смену, проигнорируйте письмо.", "Задать новый пароль"),
            (AccountEmailKind.ConfirmNewEmail, false) => ("Confirm your new email address", "Please confirm that you want to use this address for your FitnessApp account.", "Confirm the new address"),
            (AccountEmailKind.ConfirmNewEmail, true) => ("Подтвердите новый адрес", "Подтвердите, что хотите использовать этот адрес для учётной записи FitnessApp.", "Подтвердить новый адрес"),
            (AccountEmailKind.EmailChangeNotice, false) => ("Your email address is being changed", "Someone asked to move your FitnessApp account to another email address. If it was not you, change your password now.", "Sign in"),
            (_, _) => ("Адрес электронной почты меняется", "Кто-то запросил перенос вашей учётной записи FitnessApp на другой адрес. Если это были не вы, немедленно смените пароль.", "Войти"),
        };
        var greeting = ru ? $"Здравствуйте, {displayName}!" : $"Hello {displayName},";
        var text = $"{greeting}\n\n{lead}\n\n{action}: {link}\n\nFitnessApp";
        var html = $"<p>{Encode(greeting)}</p><p>{Encode(lead)}</p><p><a href=\"{Encode(link)}\">{Encode(action)}</a></p><p>FitnessApp</p>";
        return new OutgoingEmail(to, subject, text, html);
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
