using FitnessApp.Modules.Shared.Errors;
using FitnessApp.Modules.Support.Domain;

namespace FitnessApp.Modules.Support.Tests;

public sealed class TicketRulesTests
{
    [Theory]
    [InlineData(nameof(TicketStatus.New), nameof(TicketStatus.InProgress), true)]
    [InlineData(nameof(TicketStatus.New), nameof(TicketStatus.WaitingForUser), true)]
    [InlineData(nameof(TicketStatus.New), nameof(TicketStatus.Resolved), true)]
    [InlineData(nameof(TicketStatus.InProgress), nameof(TicketStatus.WaitingForUser), true)]
    [InlineData(nameof(TicketStatus.InProgress), nameof(TicketStatus.Resolved), true)]
    [InlineData(nameof(TicketStatus.WaitingForUser), nameof(TicketStatus.InProgress), true)]
    [InlineData(nameof(TicketStatus.WaitingForUser), nameof(TicketStatus.Resolved), true)]
    [InlineData(nameof(TicketStatus.Resolved), nameof(TicketStatus.InProgress), true)]
    [InlineData(nameof(TicketStatus.Resolved), nameof(TicketStatus.Resolved), true)]
    [InlineData(nameof(TicketStatus.New), nameof(TicketStatus.New), true)]
    [InlineData(nameof(TicketStatus.InProgress), nameof(TicketStatus.New), false)]
    [InlineData(nameof(TicketStatus.WaitingForUser), nameof(TicketStatus.New), false)]
    [InlineData(nameof(TicketStatus.Resolved), nameof(TicketStatus.New), false)]
    [InlineData(nameof(TicketStatus.Resolved), nameof(TicketStatus.WaitingForUser), false)]
    public void Given_a_status_When_an_operator_changes_it_Then_only_the_allowed_transitions_pass(string fromName, string toName, bool allowed)
    {
        var (from, to) = (Status(fromName), Status(toName));
        TicketRules.CanChange(from, to).ShouldBe(allowed);
        if (allowed)
        {
            TicketRules.Change(from, to).ShouldBe(to);
        }
        else
        {
            Should.Throw<ConflictException>(() => TicketRules.Change(from, to));
        }
    }

    [Theory]
    [InlineData(nameof(TicketStatus.New), nameof(TicketStatus.New))]
    [InlineData(nameof(TicketStatus.InProgress), nameof(TicketStatus.InProgress))]
    [InlineData(nameof(TicketStatus.WaitingForUser), nameof(TicketStatus.InProgress))]
    public void Given_a_open_ticket_When_the_athlete_replies_Then_waiting_for_user_becomes_in_progress(string before, string after) =>
        TicketRules.AfterAthleteReply(Status(before)).ShouldBe(Status(after));

    [Theory]
    [InlineData(nameof(TicketStatus.New))]
    [InlineData(nameof(TicketStatus.InProgress))]
    [InlineData(nameof(TicketStatus.WaitingForUser))]
    public void Given_an_open_ticket_When_an_operator_replies_Then_it_waits_for_the_user(string before) =>
        TicketRules.AfterOperatorReply(Status(before)).ShouldBe(TicketStatus.WaitingForUser);

    [Fact]
    public void Given_a_resolved_ticket_When_anyone_replies_or_the_athlete_resolves_again_Then_conflict()
    {
        var conflict = Should.Throw<ConflictException>(() => TicketRules.AfterAthleteReply(TicketStatus.Resolved));
        conflict.Extensions["code"].ShouldBe("support.invalidTransition");
        Should.Throw<ConflictException>(() => TicketRules.AfterOperatorReply(TicketStatus.Resolved));
        Should.Throw<ConflictException>(() => TicketRules.AfterAthleteResolves(TicketStatus.Resolved));
        TicketRules.AfterAthleteResolves(TicketStatus.WaitingForUser).ShouldBe(TicketStatus.Resolved);
    }

    // The domain enum is internal: theory data carries its member names.
    private static TicketStatus Status(string name) => Enum.Parse<TicketStatus>(name);
}
