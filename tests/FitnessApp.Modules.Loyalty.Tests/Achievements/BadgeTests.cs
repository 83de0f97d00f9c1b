using FitnessApp.Modules.Loyalty.Achievements.Badges;
using FitnessApp.Modules.Loyalty.Achievements.Domain;

namespace FitnessApp.Modules.Loyalty.Tests.Achievements;

public sealed class BadgeTests
{
    [Fact]
    public void Given_the_default_catalogue_When_checked_Then_enough_distinct_safe_badges_and_texts()
    {
        var definitions = DefaultCatalogue.Definitions;
        definitions.Count.ShouldBeGreaterThanOrEqualTo(25);
        definitions.Select(d => d.Code).Distinct().Count().ShouldBe(definitions.Count);
        definitions.Select(d => d.BadgeSvg).Distinct().Count().ShouldBe(definitions.Count);
        foreach (var d in definitions)
        {
            BadgeSvgRules.Problem(d.BadgeSvg).ShouldBeNull(d.Code);
            AchievementCheckers.Validate(d.Checker, d.Parameters).ShouldBeEmpty(d.Code);
            new[] { d.NameEn, d.NameRu, d.DescriptionEn, d.DescriptionRu }.ShouldAllBe(t => !string.IsNullOrWhiteSpace(t));
        }
    }

    [Theory]
    [InlineData("<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>")]
    [InlineData("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>")]
    [InlineData("<svg xmlns=\"http://www.w3.org/2000/svg\"><foreignObject/></svg>")]
    [InlineData("<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\"><image xlink:href=\"https://evil.example/x.png\"/></svg>")]
    [InlineData("<svg xmlns=\"http://www.w3.org/2000/svg\"><a href=\"javascript:alert(1)\"/></svg>")]
    [InlineData("<svg xmlns=\"http://www.w3.org/2000/svg\"><rect style=\"fill:url(https://evil.example/a)\"/></svg>")]
    [InlineData("<html><body/></html>")]
    [InlineData("<svg><rect></svg>")]
    [InlineData("<!DOCTYPE svg [<!ENTITY x \"y\">]><svg>&x;</svg>")]
    [InlineData("")]
    public void Given_an_unsafe_or_broken_svg_When_checked_Then_rejected(string svg) =>
        BadgeSvgRules.Problem(svg).ShouldNotBeNull();

    [Fact]
    public void Given_an_svg_over_64_KB_When_checked_Then_rejected() =>
        BadgeSvgRules.Problem("<svg xmlns=\"http://www.w3.org/2000/svg\"><desc>" + new string('a', 65_536) + "</desc></svg>").ShouldNotBeNull();

    [Fact]
    public void Given_a_plain_svg_with_an_internal_gradient_When_checked_Then_accepted() =>
        BadgeSvgRules.Problem(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"><defs><linearGradient id=\"g\"/></defs><rect fill=\"url(#g)\" width=\"10\" height=\"10\"/><use href=\"#g\"/></svg>")
            .ShouldBeNull();
}
