using FitnessApp.Modules.Accounts.Contracts.Notifications;
using FitnessApp.Modules.Accounts.Contracts.Profiles;
using FitnessApp.Modules.Support.Data;
using FitnessApp.Modules.Support.Domain;
using FitnessApp.Modules.Support.Notifications;
using FitnessApp.Modules.Support.Queue.ReplyAsOperator;
using MediatR;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace FitnessApp.Modules.Support.Tests;

/// <summary>The operator's reply handler against an in-memory SQLite database and a mediator that records what it is sent.</summary>
public sealed class ReplyAsOperatorTests : IAsyncLifetime
{
    private static readonly DateTime Now = new(2026, 11, 21, 20, 0, 0, DateTimeKind.Utc);
    private readonly SqliteConnection _connection = new("DataSource=:memory:");
    private SupportDbContext _db = default!;

    public async Task InitializeAsync()
    {
        await _connection.OpenAsync();
        _db = new SupportDbContext(new DbContextOptionsBuilder<SupportDbContext>()
            .UseSqlite(_connection)
            .ConfigureWarnings(w => w.Ignore(SqliteEventId.SchemaConfiguredWarning))
            .Options);
        await _db.Database.EnsureCreatedAsync();
    }

    public async Task DisposeAsync()
    {
        await _db.DisposeAsync();
        await _connection.DisposeAsync();
    }

    [Theory]
    [InlineData("en", "Support replied: Sync broken")]
    [InlineData("ru", "Ответ службы поддержки: Sync broken")]
    public async Task Given_an_athletes_ticket_When_an_operator_replies_Then_the_athlete_is_sent_a_support_reply_email_in_their_language(string language, string subject)
    {
        var athleteId = Guid.CreateVersion7();
        var operatorId = Guid.CreateVersion7();
        var ticket = await TicketAsync(athleteId);
        var mediator = new RecordingMediator(language);

        var response = await Handler(mediator).Handle(new ReplyAsOperator(ticket.Id, operatorId, " Please re-pair. "), CancellationToken.None);

        var email = mediator.Sent.OfType<SendNotificationEmail>().ShouldHaveSingleItem();
        email.UserId.ShouldBe(athleteId);
        email.Kind.ShouldBe(EmailNotificationKind.SupportReplies);
        email.Subject.ShouldBe(subject);
        email.Text.ShouldContain("Please re-pair.");
        email.Link.ShouldBe($"/support/tickets/{ticket.Id}");
        response.Status.ShouldBe("waitingForUser");
        response.AssigneeId.ShouldBe(operatorId);
        response.Messages[^1].Text.ShouldBe("Please re-pair.");
    }

    private ReplyAsOperatorHandler Handler(RecordingMediator mediator) =>
        new(_db, mediator, new ReplyNotifier(mediator), new FixedClock());

    private async Task<Ticket> TicketAsync(Guid athleteId)
    {
        var ticket = new Ticket
        {
            Id = Guid.CreateVersion7(), AuthorId = athleteId, Category = TicketCategory.Devices, Subject = "Sync broken", Status = TicketStatus.New,
            CreatedAt = Now, UpdatedAt = Now, AuthorReadAt = Now,
        };
        _db.Tickets.Add(ticket);
        _db.Messages.Add(new TicketMessage { Id = Guid.CreateVersion7(), TicketId = ticket.Id, AuthorId = athleteId, Kind = MessageKind.Athlete, Text = "Help", CreatedAt = Now });
        await _db.SaveChangesAsync();
        return ticket;
    }

    private sealed class FixedClock : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => new(Now.AddMinutes(5));
    }

    /// <summary>Answers profile queries with one language and records every request.</summary>
    private sealed class RecordingMediator(string language) : IMediator
    {
        public List<object> Sent { get; } = [];

        public Task<TResponse> Send<TResponse>(IRequest<TResponse> request, CancellationToken cancellationToken = default)
        {
            Sent.Add(request);
            object response = request switch
            {
                GetAthleteProfiles query => query.UserIds.Select(id => new AthleteProfile(
                    id, "Someone", null, Sex.Unspecified, null, null, null, null, UnitSystem.Metric, language, "UTC", DefaultVisibility.Private)).ToList(),
                SendNotificationEmail => true,
                _ => throw new InvalidOperationException($"Unexpected {request.GetType().Name}"),
            };
            return Task.FromResult((TResponse)response);
        }

        public Task Send(IRequest request, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public Task Publish(object notification, CancellationToken cancellationToken = default) => Task.CompletedTask;

        public Task Publish<TNotification>(TNotification notification, CancellationToken cancellationToken = default)
            where TNotification : INotification => Task.CompletedTask;
    }
}
