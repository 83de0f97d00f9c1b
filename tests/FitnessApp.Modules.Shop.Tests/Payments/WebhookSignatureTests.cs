using System.Text;
using FitnessApp.Modules.Shop.Payments.Webhooks;

namespace FitnessApp.Modules.Shop.Tests.Payments;

/// <summary>Known vectors computed independently (Python: hmac.new(secret, b"t.body", sha256).hexdigest()).</summary>
public sealed class WebhookSignatureTests
{
    private const string Secret = "whsec_test";
    private const long Timestamp = 1_700_000_000;
    private const string Vector = "001ce3ef73e456cedaab328328720d3ad59defb8bbd0f1518f46c04ad4ac0bb7";
    private const string OtherSecretVector = "fd1bfea9611123bdabc198314fcbcdd375eb7fc1afebb5148d282d3803151dff";
    private static readonly byte[] Body = Encoding.UTF8.GetBytes("{\"id\":\"evt_1\",\"type\":\"payment_intent.succeeded\"}");
    private static readonly DateTimeOffset SignedAt = DateTimeOffset.FromUnixTimeSeconds(Timestamp);
    private static readonly TimeSpan Tolerance = TimeSpan.FromMinutes(5);

    [Fact]
    public void Given_the_known_vector_When_signing_Then_the_header_carries_it() =>
        WebhookSignature.Sign(Secret, Timestamp, Body).ShouldBe($"t={Timestamp},v1={Vector}");

    [Fact]
    public void Given_the_known_vector_When_verified_a_minute_later_Then_valid() =>
        WebhookSignature.Verify(Secret, $"t={Timestamp},v1={Vector}", Body, SignedAt.AddMinutes(1), Tolerance).ShouldBe(SignatureCheck.Valid);

    [Fact]
    public void Given_upper_case_hex_and_a_second_stale_signature_When_verified_Then_valid() =>
        WebhookSignature.Verify(Secret, $"t={Timestamp}, v1={OtherSecretVector}, v1={Vector.ToUpperInvariant()}", Body, SignedAt, Tolerance).ShouldBe(SignatureCheck.Valid);

    [Fact]
    public void Given_another_secret_When_verified_Then_wrong_signature() =>
        WebhookSignature.Verify(Secret, $"t={Timestamp},v1={OtherSecretVector}", Body, SignedAt, Tolerance).ShouldBe(SignatureCheck.WrongSignature);

    [Fact]
    public void Given_one_changed_byte_of_the_body_When_verified_Then_wrong_signature()
    {
        var tampered = (byte[])Body.Clone();
        tampered[^3] ^= 1;

        WebhookSignature.Verify(Secret, $"t={Timestamp},v1={Vector}", tampered, SignedAt, Tolerance).ShouldBe(SignatureCheck.WrongSignature);
    }

    [Fact]
    public void Given_the_timestamp_changed_When_verified_Then_wrong_signature() =>
        WebhookSignature.Verify(Secret, $"t={Timestamp + 1},v1={Vector}", Body, SignedAt, Tolerance).ShouldBe(SignatureCheck.WrongSignature);

    [Theory]
    [InlineData(301)]
    [InlineData(-301)]
    public void Given_a_correct_signature_more_than_five_minutes_away_When_verified_Then_expired(int seconds) =>
        WebhookSignature.Verify(Secret, $"t={Timestamp},v1={Vector}", Body, SignedAt.AddSeconds(seconds), Tolerance).ShouldBe(SignatureCheck.Expired);

    [Fact]
    public void Given_exactly_five_minutes_When_verified_Then_still_valid() =>
        WebhookSignature.Verify(Secret, $"t={Timestamp},v1={Vector}", Body, SignedAt.AddSeconds(300), Tolerance).ShouldBe(SignatureCheck.Valid);

    [Theory]
    [InlineData(null, nameof(SignatureCheck.Missing))]
    [InlineData("", nameof(SignatureCheck.Missing))]
    [InlineData("v1=" + Vector, nameof(SignatureCheck.Malformed))]
    [InlineData("t=1700000000", nameof(SignatureCheck.Malformed))]
    [InlineData("t=1700000000,v1=zz", nameof(SignatureCheck.Malformed))]
    [InlineData("t=abc,v1=" + Vector, nameof(SignatureCheck.Malformed))]
    [InlineData("garbage", nameof(SignatureCheck.Malformed))]
    public void Given_a_missing_or_malformed_header_When_verified_Then_refused(string? header, string expected) =>
        WebhookSignature.Verify(Secret, header, Body, SignedAt, Tolerance).ToString().ShouldBe(expected);

    [Fact]
    public void Given_no_configured_secret_When_verified_Then_missing() =>
        WebhookSignature.Verify(null, $"t={Timestamp},v1={Vector}", Body, SignedAt, Tolerance).ShouldBe(SignatureCheck.Missing);
}
