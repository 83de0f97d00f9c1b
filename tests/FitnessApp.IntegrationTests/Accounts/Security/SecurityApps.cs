using FitnessApp.IntegrationTests.Infrastructure;

namespace FitnessApp.IntegrationTests.Accounts.Security;

/// <summary>A host with an operator (the bootstrap admin) and the folder mailbox, for the account security tests.</summary>
public class SecurityApp : FitnessAppFactory
{
    public const string OperatorEmail = "security-operator@example.com";
    public const string OperatorPassword = "operator password for the security tests";

    protected SecurityApp(TestDatabase database)
        : base(database)
    {
        With("Accounts:Bootstrap:AdminEmail", OperatorEmail);
        With("Accounts:Bootstrap:AdminPassword", OperatorPassword);
        With("Accounts:Email:Sender", "Folder");
    }

    public Mailbox Mailbox => new(Path.Combine(DataFolder, "mailbox"));
}

public sealed class SecuritySqliteApp() : SecurityApp(TestDatabase.Sqlite);

public sealed class SecurityPostgresApp() : SecurityApp(TestDatabase.Postgres);

/// <summary>A host whose per-client limit of the auth endpoints is small enough to reach in a test.</summary>
public class LowLimitApp : FitnessAppFactory
{
    public const int PermitLimit = 3;

    protected LowLimitApp(TestDatabase database)
        : base(database) =>
        With("RateLimiting:Auth:PermitLimit", PermitLimit.ToString(System.Globalization.CultureInfo.InvariantCulture));
}

public sealed class LowLimitSqliteApp() : LowLimitApp(TestDatabase.Sqlite);

public sealed class LowLimitPostgresApp() : LowLimitApp(TestDatabase.Postgres);
