using FitnessApp.Modules.Shared.Errors;
using FitnessApp.Modules.Support.Domain;

namespace FitnessApp.Modules.Support.Tests;

public sealed class TicketRulesTests
{
    [Theory]
    [InlineData(TicketStatus.New, TicketStatus.InProgress, true)]
    [InlineData(TicketStatus.New, TicketStatus.WaitingForUser, true)]
    [InlineData(TicketStatus.New, TicketStatus.Resolved, true)]
    [InlineData(TicketStatus.InProgress, TicketStatus.WaitingForUser, true)]
    [InlineData(TicketStatus.InProgress, TicketStatus.Resolved, true)]
    [InlineData(TicketStatus.WaitingForUser, TicketStatus.InProgress, true)]
    [InlineData(TicketStatus.WaitingForUser, TicketStatus.Resolved, true)]
    [InlineData(TicketStatus.Resolved, TicketStatus.InProgress, true)]
    [InlineData(TicketStatus.Resolved, TicketStatus.Resolved, true)]
    [InlineData(TicketStatus.New, TicketStatus.New, true)]
    [InlineData(TicketStatus.InProgress, TicketStatus.New, false)]
    [InlineData(TicketStatus.WaitingForUser, TicketStatus.New, false)]
    [InlineData(TicketStatus.Resolved, TicketStatus.New, false)]
    [InlineData(TicketStatus.Resolved, TicketStatus.WaitingForUser, false)]
    public void Given_a_status_When_an_operator_changes_it_Then_only_the_allowed_transitions_pass(TicketStatus from, TicketStatus to, bool allowed)
    {
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
    [InlineData(TicketStatus.New, TicketStatus.New)]
    [InlineData(TicketStatus.InProgress, TicketStatus.InProgress)]
    [InlineData(TicketStatus.WaitingForUser, TicketStatus.InProgress)]
    public void Given_a_open_ticket_When_the_athlete_replies_Then_waiting_for_user_becomes_in_progress(TicketStatus before, TicketStatus after) =>
        TicketRules.AfterAthleteReply(before).ShouldBe(after);

    [Theory]
    [InlineData(TicketStatus.New)]
    [InlineData(TicketStatus.InProgress)]
    [InlineData(TicketStatus.WaitingForUser)]
    public void Given_an_open_ticket_When_an_operator_replies_Then_it_waits_for_the_user(TicketStatus before) =>
        TicketRules.AfterOperatorReply(before).ShouldBe(TicketStatus.WaitingForUser);

    [Fact]
    public void Given_a_resolved_ticket_When_anyone_replies_or_the_athlete_resolves_again_Then_conflict()
    {
        var conflict = Should.Throw<ConflictException>(() => TicketRules.AfterAthleteReply(TicketStatus.Resolved));
        conflict.Extensions["code"].ShouldBe("support.invalidTransition");
        Should.Throw<ConflictException>(() => TicketRules.AfterOperatorReply(TicketStatus.Resolved));
        Should.Throw<ConflictException>(() => TicketRules.AfterAthleteResolves(TicketStatus.Resolved));
        TicketRules.AfterAthleteResolves(TicketStatus.WaitingForUser).ShouldBe(TicketStatus.Resolved);
    }
}
