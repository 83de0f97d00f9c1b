using Microsoft.AspNetCore.Identity;

namespace FitnessApp.Modules.Accounts.Domain;

internal sealed class User : IdentityUser<Guid>
{
    public const int DisplayNameMaxLength = 100;

    public required string DisplayName { get; set; }

    public DateTime CreatedAt { get; init; }

    /// <summary>Created by demo seeding: such accounts do not count as real users.</summary>
    public bool IsDemo { get; init; }
}
