using System.Diagnostics;
using FitnessApp.Modules.Shared.Data;

namespace FitnessApp.IntegrationTests.Platform;

/// <summary>
/// A configuration mistake stops the host with exit code 1 and one line naming the setting and its value
/// (Program turns <see cref="DatabaseConfigurationException"/> and module configuration errors into that
/// line, so these tests run the real executable: in-process, Program swallows the exception by design).
/// </summary>
public sealed class StartupErrorTests
{
    [Fact]
    public async Task Given_an_unreachable_postgres_server_When_the_host_runs_Then_it_exits_1_naming_the_connection_string_without_the_password()
    {
        var (exitCode, output) = await RunHostAsync(
            ("Database__Provider", "Postgres"),
            ("ConnectionStrings__Postgres", "Host=127.0.0.1;Port=1;Database=fitnessapp;Username=someone;Password=TopSecret-9876;Timeout=3"));

        exitCode.ShouldBe(1, output);
        output.ShouldContain("FitnessApp cannot start: Cannot use the PostgreSQL database given by ConnectionStrings:Postgres");
        output.ShouldContain("Port=1");
        output.ShouldNotContain("TopSecret-9876");
    }

    [Fact]
    public async Task Given_a_data_folder_below_a_file_When_the_host_runs_Then_it_exits_1_naming_Database_DataFolder_and_the_path()
    {
        var file = Path.GetTempFileName();
        var folder = Path.Combine(file, "data");
        try
        {
            var (exitCode, output) = await RunHostAsync(("Database__DataFolder", folder));

            exitCode.ShouldBe(1, output);
            output.ShouldContain($"FitnessApp cannot start: Database:DataFolder is '{folder}'");
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task Given_an_unknown_provider_When_the_host_runs_Then_it_exits_1_naming_Database_Provider_and_the_value()
    {
        var (exitCode, output) = await RunHostAsync(("Database__Provider", "Oracle"));

        exitCode.ShouldBe(1, output);
        output.ShouldContain("FitnessApp cannot start: Database:Provider has the value 'Oracle'");
        output.ShouldNotContain("   at ");
    }

    [Fact]
    public async Task Given_the_accounts_module_switched_off_When_the_host_runs_Then_it_exits_1_explaining_why_it_cannot_be()
    {
        var (exitCode, output) = await RunHostAsync(("Modules__Accounts__Enabled", "false"));

        exitCode.ShouldBe(1, output);
        output.ShouldContain("Modules:Accounts:Enabled is false");
        output.ShouldContain("cannot be switched off");
    }

    [Fact]
    public async Task Given_postgres_without_a_connection_string_When_the_host_runs_Then_it_exits_1_naming_ConnectionStrings_Postgres()
    {
        var (exitCode, output) = await RunHostAsync(("Database__Provider", "Postgres"), ("ConnectionStrings__Postgres", string.Empty));

        exitCode.ShouldBe(1, output);
        output.ShouldContain("ConnectionStrings:Postgres is empty");
    }

    /// <summary>Runs the real host executable (built next to the tests) with environment settings; returns its exit code and output.</summary>
    private static async Task<(int ExitCode, string Output)> RunHostAsync(params (string Name, string Value)[] environment)
    {
        var workingDirectory = Directory.CreateTempSubdirectory("fitnessapp-startup-").FullName;
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "FitnessApp.Host.dll")])
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        start.Environment["Logging__File__Enabled"] = "false";
        start.Environment["Database__DataFolder"] = Path.Combine(workingDirectory, "data");
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"The host did not stop within a minute: {await stdout}");
        }
        finally
        {
            Directory.Delete(workingDirectory, recursive: true);
        }

        return (process.ExitCode, await stdout + await stderr);
    }
}
