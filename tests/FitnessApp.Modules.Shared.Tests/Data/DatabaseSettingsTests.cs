using FitnessApp.Modules.Shared.Data;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;

namespace FitnessApp.Modules.Shared.Tests.Data;

public sealed class DatabaseSettingsTests
{
    private static readonly string ContentRoot = Path.Combine(Path.GetTempPath(), "fitnessapp-content-root");

    [Fact]
    public void Given_no_database_settings_When_reading_them_Then_sqlite_in_a_data_folder_under_the_content_root()
    {
        var settings = Read();

        settings.Provider.ShouldBe(DatabaseProvider.Sqlite);
        settings.DataFolder.ShouldBe(Path.Combine(ContentRoot, "data"));
        settings.PostgresConnectionString.ShouldBeNull();
    }

    [Theory]
    [InlineData("postgres")]
    [InlineData("POSTGRES")]
    [InlineData("Postgres")]
    public void Given_the_provider_in_any_case_When_reading_settings_Then_it_is_recognised(string value)
    {
        var settings = Read(("Database:Provider", value), ("ConnectionStrings:Postgres", "Host=db;Username=u;Password=p"));

        settings.Provider.ShouldBe(DatabaseProvider.Postgres);
        settings.PostgresConnectionString.ShouldBe("Host=db;Username=u;Password=p");
    }

    [Theory]
    [InlineData("Oracle")]
    [InlineData("1")]
    [InlineData("-1")]
    [InlineData("SqlServer")]
    public void Given_an_unknown_provider_When_reading_settings_Then_the_error_names_the_setting_the_value_and_the_choices(string value)
    {
        var error = Should.Throw<DatabaseConfigurationException>(() => Read(("Database:Provider", value)));

        error.Message.ShouldContain("Database:Provider");
        error.Message.ShouldContain($"'{value}'");
        error.Message.ShouldContain("Sqlite, Postgres");
    }

    [Fact]
    public void Given_postgres_without_a_connection_string_When_reading_settings_Then_the_error_names_ConnectionStrings_Postgres()
    {
        var error = Should.Throw<DatabaseConfigurationException>(() => Read(("Database:Provider", "Postgres")));

        error.Message.ShouldContain("ConnectionStrings:Postgres");
    }

    [Fact]
    public void Given_an_absolute_data_folder_When_reading_settings_Then_it_is_kept()
    {
        var folder = Path.Combine(Path.GetTempPath(), "elsewhere");

        Read(("Database:DataFolder", folder)).DataFolder.ShouldBe(folder);
    }

    [Fact]
    public void Given_a_connection_string_with_a_password_When_redacting_it_Then_the_password_is_gone_and_the_rest_kept()
    {
        var settings = Read(("Database:Provider", "Postgres"), ("ConnectionStrings:Postgres", "Host=db.example;Port=5433;Username=app;Password=SuperSecret1"));

        var redacted = settings.RedactedPostgresConnectionString();

        redacted.ShouldNotContain("SuperSecret1");
        redacted.ShouldContain("Host=db.example");
        redacted.ShouldContain("Port=5433");
    }

    [Fact]
    public void Given_a_data_folder_below_a_file_When_ensuring_it_is_writable_Then_the_error_names_Database_DataFolder_and_the_path()
    {
        var file = Path.GetTempFileName();
        try
        {
            var folder = Path.Combine(file, "data");
            var settings = Read(("Database:DataFolder", folder));

            var error = Should.Throw<DatabaseConfigurationException>(settings.EnsureDataFolderIsWritable);

            error.Message.ShouldContain($"Database:DataFolder is '{folder}'");
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Given_a_missing_data_folder_When_ensuring_it_is_writable_Then_it_is_created_and_left_empty()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"fitnessapp-{Guid.NewGuid():N}", "nested");
        try
        {
            Read(("Database:DataFolder", folder)).EnsureDataFolderIsWritable();

            Directory.Exists(folder).ShouldBeTrue();
            Directory.EnumerateFileSystemEntries(folder).ShouldBeEmpty();
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(folder)!, recursive: true);
        }
    }

    [Fact]
    public void Given_sqlite_When_building_a_module_connection_string_Then_it_points_at_the_module_file_in_the_data_folder()
    {
        var settings = Read(("Database:DataFolder", "/var/fitnessapp"));

        settings.SqliteConnectionString("accounts.db").ShouldStartWith("Data Source=/var/fitnessapp/accounts.db;");
    }

    private static DatabaseSettings Read(params (string Key, string Value)[] values) =>
        DatabaseSettings.From(
            new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).Build(),
            new TestEnvironment());

    private sealed class TestEnvironment : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = "Testing";

        public string ApplicationName { get; set; } = "FitnessApp.Tests";

        public string ContentRootPath { get; set; } = ContentRoot;

        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
