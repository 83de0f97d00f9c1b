namespace FitnessApp.Modules.Shared.Data;

public enum DatabaseProvider
{
    /// <summary>Embedded: one file per module under <c>Database:DataFolder</c>, nothing to install.</summary>
    Sqlite,

    /// <summary>One server database, a schema per module.</summary>
    Postgres,
}
