using FitnessApp.Modules.Devices.Registrations;

namespace FitnessApp.Modules.Devices.Tests.Push;

public sealed class DeviceTokensTests
{
    [Fact]
    public void Given_a_new_token_When_created_Then_it_is_the_prefix_and_43_base64url_characters_and_well_formed()
    {
        var token = DeviceTokens.Create();

        token.Length.ShouldBe(DeviceTokens.Length);
        token.ShouldStartWith("fad_");
        token[4..].ShouldAllBe(c => char.IsAsciiLetterOrDigit(c) || c == '-' || c == '_');
        DeviceTokens.IsWellFormed(token).ShouldBeTrue();
    }

    [Fact]
    public void Given_many_tokens_When_created_Then_all_differ()
    {
        var tokens = Enumerable.Range(0, 1000).Select(_ => DeviceTokens.Create()).ToHashSet();

        tokens.Count.ShouldBe(1000);
    }

    [Fact]
    public void Given_a_known_token_When_hashed_Then_it_is_the_lowercase_hex_SHA256_of_its_UTF8_bytes()
    {
        // The FIPS 180-2 test vector.
        DeviceTokens.Hash("abc").ShouldBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("fad_short")]
    [InlineData("xyz_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("fad_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+")]
    [InlineData("fad_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    public void Given_junk_When_checked_Then_it_is_not_a_token(string? text) =>
        DeviceTokens.IsWellFormed(text).ShouldBeFalse();

    [Fact]
    public void Given_two_tokens_When_hashed_Then_the_hashes_differ_and_neither_contains_the_token()
    {
        var (a, b) = (DeviceTokens.Create(), DeviceTokens.Create());

        DeviceTokens.Hash(a).ShouldNotBe(DeviceTokens.Hash(b));
        DeviceTokens.Hash(a).Length.ShouldBe(64);
        DeviceTokens.Hash(a).ShouldNotContain(a[4..]);
    }
}
