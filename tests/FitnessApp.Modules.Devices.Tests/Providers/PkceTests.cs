using FitnessApp.Modules.Devices.Providers.OAuth;

namespace FitnessApp.Modules.Devices.Tests.Providers;

public sealed class PkceTests
{
    [Fact]
    public void Given_the_RFC_7636_appendix_B_verifier_When_its_S256_challenge_is_computed_Then_it_is_the_RFCs()
    {
        Pkce.ChallengeOf("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk").ShouldBe("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM");
    }

    [Fact]
    public void Given_new_verifiers_and_states_Then_they_are_43_base64url_characters_and_never_repeat()
    {
        var values = Enumerable.Range(0, 100).SelectMany(_ => new[] { Pkce.NewVerifier(), Pkce.NewState() }).ToList();

        values.ShouldAllBe(v => v.Length == 43 && v.All(c => char.IsAsciiLetterOrDigit(c) || c == '-' || c == '_'));
        values.Distinct().Count().ShouldBe(values.Count);
    }
}
