using FitnessApp.Modules.Accounts.Email;

namespace FitnessApp.Modules.Accounts.Tests.Security;

public sealed class EmailTemplatesTests
{
    [Fact]
    public void Given_a_reset_link_When_composing_Then_the_text_carries_it_and_the_html_encodes_the_name()
    {
        var link = AccountLinks.ResetPassword("https://fitness.example.com", Guid.Parse("0190aaaa-0000-7000-8000-000000000001"), "a+b/c=");

        var message = AccountEmailTemplates.Compose(AccountEmailKind.PasswordReset, "en", "r@example.com", "<Runner>", link);

        link.ShouldBe("https://fitness.example.com/account/reset-password?userId=0190aaaa-0000-7000-8000-000000000001&token=a%2Bb%2Fc%3D");
        message.Subject.ShouldBe("Reset your password");
        message.Text.ShouldContain(link);
        message.Html.ShouldContain("&lt;Runner&gt;");
        message.Html.ShouldNotContain("<Runner>");
    }

    [Fact]
    public void Given_a_russian_speaking_athlete_When_composing_Then_the_message_is_in_russian()
    {
        var message = AccountEmailTemplates.Compose(AccountEmailKind.ConfirmEmail, "ru", "r@example.com", "Бегун", "https://x.example/c");

        message.Subject.ShouldBe("Подтвердите адрес электронной почты");
        message.Text.ShouldStartWith("Здравствуйте, Бегун!");
    }
}
