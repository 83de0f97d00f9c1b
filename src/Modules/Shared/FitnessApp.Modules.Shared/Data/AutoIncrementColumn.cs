using Microsoft.EntityFrameworkCore.Migrations.Operations.Builders;

namespace FitnessApp.Modules.Shared.Data;

public static class AutoIncrementColumn
{
    /// <summary>
    /// An integer key numbered by the database (only for tables whose shape a library fixes, such as
    /// Identity's claims): each provider reads its own annotation and ignores the other's.
    /// </summary>
    public static OperationBuilder<Microsoft.EntityFrameworkCore.Migrations.Operations.AddColumnOperation> AutoIncrement(
        this OperationBuilder<Microsoft.EntityFrameworkCore.Migrations.Operations.AddColumnOperation> column) =>
        column
            .Annotation("Sqlite:Autoincrement", true)
            .Annotation("Npgsql:ValueGenerationStrategy", Npgsql.EntityFrameworkCore.PostgreSQL.Metadata.NpgsqlValueGenerationStrategy.IdentityByDefaultColumn);
}
