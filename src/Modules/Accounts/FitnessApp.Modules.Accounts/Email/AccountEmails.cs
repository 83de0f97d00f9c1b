using FitnessApp.Modules.Accounts.Data;
using FitnessApp.Modules.Accounts.Domain;
using FitnessApp.Modules.Shared.Messaging.Outbox;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace FitnessApp.Modules.Accounts.Email;

/// <summary>Asks for a message from inside a use case: an outbox row committed with the use case's change.</summary>
internal sealed class AccountEmails(AccountsDbContext db, IOptions<EmailOptions> options, IHttpContextAccessor http, TimeProvider clock)
{
    public void Request(AccountEmailKind kind, User user, string? newEmail = null)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        db.AddIntegrationEvent(new AccountEmailRequested(user.Id, kind, PortalUrl(), newEmail) { OccurredAt = now }, now);
    }

    /// <summary>The portal's address for links: the configured one, else the current request's.</summary>
    public string PortalUrl()
    {
        if (!string.IsNullOrWhiteSpace(options.Value.PortalUrl))
        {
            return options.Value.PortalUrl.TrimEnd('/');
        }

        return http.HttpContext?.Request is { } request && request.Host.HasValue
            ? $"{request.Scheme}://{request.Host}{request.PathBase}"
            : "http://localhost:5000";
    }
}
