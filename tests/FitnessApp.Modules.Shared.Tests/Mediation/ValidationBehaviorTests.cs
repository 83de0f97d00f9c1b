using FitnessApp.Modules.Shared.Mediation;
using FluentValidation;

namespace FitnessApp.Modules.Shared.Tests.Mediation;

public sealed class ValidationBehaviorTests
{
    public sealed record Signup(string Email, string Name);

    [Fact]
    public async Task Given_two_validators_that_both_fail_When_the_request_is_sent_Then_one_exception_carries_every_failure_and_the_handler_never_runs()
    {
        var emailRule = new InlineValidator<Signup>();
        emailRule.RuleFor(s => s.Email).NotEmpty();
        var nameRule = new InlineValidator<Signup>();
        nameRule.RuleFor(s => s.Name).NotEmpty();
        nameRule.RuleFor(s => s.Name).MinimumLength(3);
        var behavior = new ValidationBehavior<Signup, string>([emailRule, nameRule]);
        var handled = false;

        var error = await Should.ThrowAsync<ValidationException>(() => behavior.Handle(new Signup(string.Empty, string.Empty), CancellationToken.None, () =>
        {
            handled = true;
            return Task.FromResult("done");
        }));

        handled.ShouldBeFalse();
        error.Errors.Select(e => e.PropertyName).Distinct().ShouldBe(["Email", "Name"], ignoreOrder: true);
        error.Errors.Count().ShouldBe(3);
    }

    [Fact]
    public async Task Given_validators_that_pass_When_the_request_is_sent_Then_the_handler_answers()
    {
        var rule = new InlineValidator<Signup>();
        rule.RuleFor(s => s.Email).NotEmpty();
        var behavior = new ValidationBehavior<Signup, string>([rule, new InlineValidator<Signup>()]);

        var answer = await behavior.Handle(new Signup("a@b.c", "Ann"), CancellationToken.None, () => Task.FromResult("done"));

        answer.ShouldBe("done");
    }

    [Fact]
    public async Task Given_no_validator_When_the_request_is_sent_Then_the_handler_answers()
    {
        var behavior = new ValidationBehavior<Signup, string>([]);

        var answer = await behavior.Handle(new Signup(string.Empty, string.Empty), CancellationToken.None, () => Task.FromResult("done"));

        answer.ShouldBe("done");
    }
}
