using FitnessApp.Modules.Shared.Contracts.Messaging;
using FitnessApp.Modules.Shared.Web;
using FitnessApp.Modules.Support.Data;
using FitnessApp.Modules.Support.Domain;
using FluentValidation;
using MediatR;
using Microsoft.Extensions.Options;

namespace FitnessApp.Modules.Support.Tickets.OpenTicket;

/// <summary>An athlete opens a ticket; the portal may pass a screenshot along (the API uploads it separately).</summary>
internal sealed record OpenTicket(Guid AuthorId, string? Category, string? Subject, string? Text, byte[]? Screenshot = null)
    : ICommand<TicketDetailResponse>;

internal sealed class OpenTicketValidator : AbstractValidator<OpenTicket>
{
    public OpenTicketValidator()
    {
        RuleFor(c => c.Category).Must(WireNames.IsValid<TicketCategory>)
            .WithMessage($"'category' must be one of: {WireNames.Names<TicketCategory>()}.");
        RuleFor(c => c.Subject).NotEmpty().Must(s => !string.IsNullOrWhiteSpace(s)).MaximumLength(Ticket.SubjectMaxLength);
        RuleFor(c => c.Text).NotEmpty().Must(s => !string.IsNullOrWhiteSpace(s)).MaximumLength(Ticket.TextMaxLength);
    }
}

internal sealed class OpenTicketHandler(SupportDbContext db, TimeProvider clock, IOptions<SupportOptions> options)
    : IRequestHandler<OpenTicket, TicketDetailResponse>
{
    public Task<TicketDetailResponse> Handle(OpenTicket request, CancellationToken cancellationToken)
    {
        var contentType = request.Screenshot is { } image ? Screenshots.Check(image, options.Value.MaxScreenshotBytes) : null;
        var now = clock.GetUtcNow().UtcDateTime;
        var ticket = new Ticket
        {
            Id = Guid.CreateVersion7(),
            AuthorId = request.AuthorId,
            Category = WireNames.Parse<TicketCategory>(request.Category!),
            Subject = request.Subject!.Trim(),
            Status = TicketStatus.New,
            CreatedAt = now,
            UpdatedAt = now,
            AuthorReadAt = now,
            HasScreenshot = contentType is not null,
        };
        var message = new TicketMessage
        {
            Id = Guid.CreateVersion7(),
            TicketId = ticket.Id,
            AuthorId = request.AuthorId,
            Kind = MessageKind.Athlete,
            Text = request.Text!.Trim(),
            CreatedAt = now,
        };
        db.Tickets.Add(ticket);
        db.Messages.Add(message);
        if (contentType is not null)
        {
            db.Screenshots.Add(new TicketScreenshot
            {
                Id = Guid.CreateVersion7(), TicketId = ticket.Id, ContentType = contentType, Content = request.Screenshot!, CreatedAt = now,
            });
        }

        return Task.FromResult(TicketDetailResponse.From(ticket, [message]));
    }
}
