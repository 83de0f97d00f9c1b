using FitnessApp.Modules.Shared.Contracts.Messaging;
using FitnessApp.Modules.Shared.Web;
using FitnessApp.Modules.Support.Data;
using FitnessApp.Modules.Support.Domain;
using FluentValidation;
using MediatR;

namespace FitnessApp.Modules.Support.Feedback.SendFeedback;

/// <summary>An athlete tells the team something (an idea, a problem, praise); there is no conversation.</summary>
internal sealed record SendFeedback(Guid AuthorId, string? Category, string? Text) : ICommand<FeedbackResponse>;

internal sealed class SendFeedbackValidator : AbstractValidator<SendFeedback>
{
    public SendFeedbackValidator()
    {
        RuleFor(c => c.Category).Must(WireNames.IsValid<FeedbackCategory>)
            .WithMessage($"'category' must be one of: {WireNames.Names<FeedbackCategory>()}.");
        RuleFor(c => c.Text).NotEmpty().Must(s => !string.IsNullOrWhiteSpace(s)).MaximumLength(FeedbackEntry.TextMaxLength);
    }
}

internal sealed class SendFeedbackHandler(SupportDbContext db, TimeProvider clock) : IRequestHandler<SendFeedback, FeedbackResponse>
{
    public Task<FeedbackResponse> Handle(SendFeedback request, CancellationToken cancellationToken)
    {
        var entry = new FeedbackEntry
        {
            Id = Guid.CreateVersion7(),
            AuthorId = request.AuthorId,
            Category = WireNames.Parse<FeedbackCategory>(request.Category!),
            Text = request.Text!.Trim(),
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.Feedback.Add(entry);
        return Task.FromResult(new FeedbackResponse(entry.Id, WireNames.Of(entry.Category), entry.Text, entry.CreatedAt));
    }
}
