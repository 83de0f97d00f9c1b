using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FitnessApp.Modules.Accounts.Email;

internal static class EmailSetup
{
    public static IServiceCollection AddAccountEmail(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<EmailOptions>().Bind(configuration.GetSection(EmailOptions.Section));
        services.AddSingleton<FolderMailbox>();
        services.AddSingleton<SmtpMailSender>();
        services.AddSingleton<IMailSender>(sp => sp.GetRequiredService<IOptions<EmailOptions>>().Value.Sender == EmailSenderKind.Smtp
            ? sp.GetRequiredService<SmtpMailSender>()
            : sp.GetRequiredService<FolderMailbox>());
        services.AddScoped<AccountEmails>();
        return services;
    }
}
