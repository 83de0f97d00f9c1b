namespace FitnessApp.Modules.Accounts.Email;

/// <summary>Sends one message; called from the outbox (never inside a user's request), so it may be slow or fail and be retried.</summary>
internal interface IMailSender
{
    Task SendAsync(OutgoingEmail message, CancellationToken cancellationToken);
}

/// <param name="Text">The plain-text body; links as bare URLs.</param>
/// <param name="Html">The HTML body.</param>
internal sealed record OutgoingEmail(string To, string Subject, string Text, string Html);
