using FitnessApp.Modules.Shared.Messaging.Outbox;

namespace FitnessApp.Modules.Shared.Tests.Messaging;

public sealed class OutboxOptionsTests
{
    [Theory]
    [InlineData(1, 5)]
    [InlineData(2, 10)]
    [InlineData(3, 20)]
    [InlineData(4, 40)]
    [InlineData(10, 2560)]
    public void Given_default_options_When_asking_the_delay_after_n_attempts_Then_it_doubles_from_five_seconds(int attempts, int seconds)
    {
        var options = new OutboxOptions();

        options.RetryDelayAfter(attempts).ShouldBe(TimeSpan.FromSeconds(seconds));
    }

    [Theory]
    [InlineData(11)]
    [InlineData(30)]
    [InlineData(int.MaxValue)]
    public void Given_many_attempts_When_asking_the_delay_Then_it_is_capped_at_one_hour(int attempts)
    {
        var options = new OutboxOptions();

        options.RetryDelayAfter(attempts).ShouldBe(TimeSpan.FromHours(1));
    }

    [Fact]
    public void Given_no_attempt_yet_When_asking_the_delay_Then_it_is_the_first_delay()
    {
        var options = new OutboxOptions { FirstRetryDelay = TimeSpan.FromSeconds(2) };

        options.RetryDelayAfter(0).ShouldBe(TimeSpan.FromSeconds(2));
    }

    [Fact]
    public void Given_default_options_When_read_Then_batch_claim_and_retention_have_their_documented_values()
    {
        var options = new OutboxOptions();

        options.BatchSize.ShouldBe(100);
        options.ClaimDuration.ShouldBe(TimeSpan.FromMinutes(2));
        options.Retention.ShouldBe(TimeSpan.FromDays(7));
        OutboxMessage.MaxAttempts.ShouldBe(10);
    }
}
