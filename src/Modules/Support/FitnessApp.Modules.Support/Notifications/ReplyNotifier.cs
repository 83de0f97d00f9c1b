using FitnessApp.Modules.Accounts.Contracts.Notifications;
using FitnessApp.Modules.Accounts.Contracts.Profiles;
using FitnessApp.Modules.Support.Domain;
using FitnessApp.Modules.Support.Pages;
using MediatR;

namespace FitnessApp.Modules.Support.Notifications;

/// <summary>Emails the athlete an operator's reply, in the athlete's language, with a link to the ticket.</summary>
internal sealed class ReplyNotifier(IMediator mediator)
{
    public async Task NotifyAsync(Ticket ticket, string replyText, CancellationToken cancellationToken)
    {
        var profiles = await mediator.Send(new GetAthleteProfiles([ticket.AuthorId]), cancellationToken);
        var russian = profiles.FirstOrDefault(p => p.UserId == ticket.AuthorId)?.Language == "ru";
        var subject = russian ? $"Ответ службы поддержки: {ticket.Subject}" : $"Support replied: {ticket.Subject}";
        var text = russian
            ? $"Служба поддержки ответила на ваше обращение «{ticket.Subject}»:\n\n{replyText}\n\nОтветить можно на странице обращения."
            : $"Our support team replied to your ticket \"{ticket.Subject}\":\n\n{replyText}\n\nYou can answer on the ticket's page.";
        await mediator.Send(
            new SendNotificationEmail(ticket.AuthorId, EmailNotificationKind.SupportReplies, subject, text, SupportPaths.Ticket(ticket.Id)),
            cancellationToken);
    }
}
