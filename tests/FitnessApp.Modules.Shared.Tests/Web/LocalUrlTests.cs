using FitnessApp.Modules.Shared.Web;

namespace FitnessApp.Modules.Shared.Tests.Web;

public sealed class LocalUrlTests
{
    [Theory]
    [InlineData("/")]
    [InlineData("/home")]
    [InlineData("/ops/jobs?page=2#history")]
    public void Given_a_path_of_this_site_When_checking_Then_it_is_kept(string url) =>
        LocalUrl.OrRoot(url).ShouldBe(url);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("https://evil.example/")]
    [InlineData("//evil.example/")]
    [InlineData("/\\evil.example/")]
    [InlineData("/\t/evil.example/")]
    [InlineData("/\r\n/evil.example/")]
    [InlineData("/ /evil.example/")]
    [InlineData("home")]
    public void Given_anything_else_When_checking_Then_the_root_is_used(string? url) =>
        LocalUrl.OrRoot(url).ShouldBe("/");
}
