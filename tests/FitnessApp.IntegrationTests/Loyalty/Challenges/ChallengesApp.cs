using FitnessApp.IntegrationTests.Infrastructure;
using FitnessApp.IntegrationTests.Social;
using Microsoft.Extensions.DependencyInjection;

namespace FitnessApp.IntegrationTests.Loyalty.Challenges;

/// <summary>A host with an operator (the Social tests' bootstrap admin) and a clock the tests move past a challenge's end.</summary>
public class ChallengesApp : SocialApp
{
    protected ChallengesApp(TestDatabase database)
        : base(database) =>
        WithServices(services => services.AddSingleton<TimeProvider>(Clock));

    public MutableTimeProvider Clock { get; } = new();
}

public sealed class ChallengesSqliteApp() : ChallengesApp(TestDatabase.Sqlite);

public sealed class ChallengesPostgresApp() : ChallengesApp(TestDatabase.Postgres);
