using FitnessApp.IntegrationTests.Infrastructure;
using FitnessApp.Modules.Social.Moderation;
using Microsoft.Extensions.DependencyInjection;

namespace FitnessApp.IntegrationTests.Social.Moderation;

/// <summary>The Social test host with a fake comment target and a clock the test moves (suspensions end).</summary>
public class ModerationApp : SocialApp
{
    protected ModerationApp(TestDatabase database)
        : base(database) =>
        WithServices(services =>
        {
            services.AddSingleton(Comments);
            services.AddScoped<IModerationTarget, FakeCommentTarget>();
            services.AddSingleton<TimeProvider>(Clock);
        });

    public FakeComments Comments { get; } = new();

    public MutableTimeProvider Clock { get; } = new();
}

public sealed class ModerationSqliteApp() : ModerationApp(TestDatabase.Sqlite);

public sealed class ModerationPostgresApp() : ModerationApp(TestDatabase.Postgres);
