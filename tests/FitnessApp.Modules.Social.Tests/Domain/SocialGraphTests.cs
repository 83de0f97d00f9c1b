using FitnessApp.Modules.Social.Contracts.Connections;
using FitnessApp.Modules.Social.Domain;
using FitnessApp.Modules.Training.Contracts.Activities;

namespace FitnessApp.Modules.Social.Tests.Domain;

public sealed class SocialGraphTests
{
    [Theory]
    [InlineData(Audience.Owner, Visibility.Private, true)]
    [InlineData(Audience.Owner, Visibility.Followers, true)]
    [InlineData(Audience.Follower, Visibility.Public, true)]
    [InlineData(Audience.Follower, Visibility.Followers, true)]
    [InlineData(Audience.Follower, Visibility.Private, false)]
    [InlineData(Audience.Stranger, Visibility.Public, true)]
    [InlineData(Audience.Stranger, Visibility.Followers, false)]
    [InlineData(Audience.Stranger, Visibility.Private, false)]
    [InlineData(Audience.Blocked, Visibility.Public, false)]
    public void Given_an_audience_When_asked_about_a_visibility_Then_only_what_it_may_see_is_shown(Audience audience, Visibility visibility, bool expected) =>
        SocialGraph.MaySee(audience, visibility).ShouldBe(expected);
}
