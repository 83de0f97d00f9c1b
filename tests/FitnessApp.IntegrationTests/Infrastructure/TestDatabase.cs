namespace FitnessApp.IntegrationTests.Infrastructure;

/// <summary>The provider a test host runs on: every API test class runs once on each.</summary>
public enum TestDatabase
{
    Sqlite,
    Postgres,
}
