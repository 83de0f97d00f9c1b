namespace FitnessApp.Modules.Shared.Security;

/// <summary>Every account is an athlete; operators run the platform; admins also manage operators.</summary>
public static class PlatformRoles
{
    public const string Athlete = "athlete";
    public const string Operator = "operator";
    public const string Admin = "admin";

    public static readonly IReadOnlyList<string> All = [Athlete, Operator, Admin];
}
