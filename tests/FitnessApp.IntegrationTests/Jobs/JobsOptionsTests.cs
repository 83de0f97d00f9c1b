using FitnessApp.Host.Jobs;
using FitnessApp.Host.Startup;
using FitnessApp.IntegrationTests.Infrastructure;

namespace FitnessApp.IntegrationTests.Jobs;

public sealed class JobsOptionsTests
{
    [Theory]
    [InlineData("RetryAttempts", "0", "Jobs:RetryAttempts is '0'")]
    [InlineData("MaxConcurrency", "0", "Jobs:MaxConcurrency is '0'")]
    [InlineData("PostgresSchema", "Quartz; DROP", "Jobs:PostgresSchema is 'Quartz; DROP'")]
    public void Given_an_impossible_jobs_setting_When_it_is_validated_Then_the_message_names_the_setting(string key, string value, string expected)
    {
        var options = new JobsOptions();
        typeof(JobsOptions).GetProperty(key)!.SetValue(options, key == "PostgresSchema" ? value : int.Parse(value));

        var exception = Should.Throw<ModuleConfigurationException>(() => options.Validated());

        exception.Message.ShouldStartWith(expected);
    }

    [Fact]
    public void Given_the_default_jobs_settings_When_they_are_validated_Then_they_pass()
    {
        Should.NotThrow(() => new JobsOptions().Validated());
    }

    [Fact]
    public async Task Given_an_impossible_retry_setting_When_the_host_starts_Then_it_does_not_start()
    {
        var broken = new JobsApp(TestDatabase.Sqlite).With("Jobs:RetryAttempts", "0");
        var lifetime = (IAsyncLifetime)broken;
        await lifetime.InitializeAsync();
        try
        {
            Should.Throw<InvalidOperationException>(() => broken.CreateClient());
        }
        finally
        {
            await lifetime.DisposeAsync();
        }
    }
}
