using System.Text;
using FitnessApp.Modules.Devices.Providers.Webhooks;

namespace FitnessApp.Modules.Devices.Tests.Providers;

public sealed class WebhookSignatureTests
{
    // RFC 4231 test case 2: key "Jefe", data "what do ya want for nothing?".
    private const string Rfc4231Signature = "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843";
    private static readonly byte[] Body = Encoding.UTF8.GetBytes("what do ya want for nothing?");

    [Fact]
    public void Given_the_RFC_4231_key_and_data_When_signed_Then_the_HMAC_SHA256_is_the_RFCs()
    {
        WebhookSignature.Sign("Jefe", Body).ShouldBe(Rfc4231Signature);
    }

    [Theory]
    [InlineData(Rfc4231Signature)]
    [InlineData("5BDCC146BF60754E6A042426089575C75A003F089D2739839DEC58B964EC3843")]
    [InlineData("sha256=" + Rfc4231Signature)]
    public void Given_the_right_signature_in_any_hex_case_When_verified_Then_it_is_valid(string signature)
    {
        WebhookSignature.IsValid("Jefe", Body, signature).ShouldBeTrue();
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not hex at all")]
    [InlineData("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3844")]
    [InlineData("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec38")]
    public void Given_a_missing_malformed_or_wrong_signature_When_verified_Then_it_is_invalid(string? signature)
    {
        WebhookSignature.IsValid("Jefe", Body, signature).ShouldBeFalse();
    }

    [Fact]
    public void Given_the_right_signature_of_another_body_or_secret_When_verified_Then_it_is_invalid()
    {
        WebhookSignature.IsValid("Jefe", Encoding.UTF8.GetBytes("what do ya want for nothing!"), Rfc4231Signature).ShouldBeFalse();
        WebhookSignature.IsValid("jefe", Body, Rfc4231Signature).ShouldBeFalse();
        WebhookSignature.IsValid(null, Body, Rfc4231Signature).ShouldBeFalse();
    }

    [Fact]
    public void Given_verify_tokens_When_compared_Then_only_the_same_non_empty_text_matches()
    {
        WebhookSignature.SameText("token-1", "token-1").ShouldBeTrue();
        WebhookSignature.SameText("token-1", "token-2").ShouldBeFalse();
        WebhookSignature.SameText(null, "token-1").ShouldBeFalse();
        WebhookSignature.SameText("", "").ShouldBeFalse();
        WebhookSignature.SameText("token-1", null).ShouldBeFalse();
    }
}
