namespace FitnessApp.Modules.Social.Groups.Domain;

/// <summary>On the wire as camelCase strings. The owner can do everything an admin can.</summary>
internal enum GroupRole
{
    Member,
    Admin,
    Owner,
}
