using FitnessApp.Modules.Accounts.Contracts.PersonalData;
using FitnessApp.Modules.Accounts.Data;
using FitnessApp.Modules.Accounts.Domain;
using FitnessApp.Modules.Accounts.Legal;
using FitnessApp.Modules.Accounts.Me;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FitnessApp.Modules.Accounts.PersonalData.Export;

/// <summary>
/// Accounts' part of an export: the account with its profile and settings, the avatar (largest size, as served), the
/// user's security audit trail and their exports. Never the password hash, security stamp or tokens.
/// </summary>
internal sealed class AccountsPersonalDataExporter(AccountsDbContext db, UserManager<User> users, IOptions<LegalOptions> legal) : IPersonalDataExporter
{
    public string Module => AccountsModule.ModuleName;

    public async Task ExportAsync(Guid userId, IPersonalDataWriter writer, CancellationToken cancellationToken)
    {
        var user = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == userId, cancellationToken);
        if (user is null)
        {
            return;
        }

        await writer.WriteJsonAsync("account", MeResponse.From(user, await users.GetRolesAsync(user), legal.Value), cancellationToken);
        var avatar = await db.AvatarImages.AsNoTracking()
            .Where(a => a.UserId == userId)
            .OrderByDescending(a => a.Size)
            .FirstOrDefaultAsync(cancellationToken);
        if (avatar is not null)
        {
            await writer.WriteFileAsync($"avatar.{(avatar.ContentType == "image/webp" ? "webp" : "png")}", avatar.Content, cancellationToken);
        }

        var audit = await db.AuditEntries.AsNoTracking()
            .Where(e => e.UserId == userId)
            .OrderBy(e => e.OccurredAt)
            .Select(e => new { e.OccurredAt, e.Kind, e.Email, e.IpAddress, e.UserAgent, e.Details })
            .ToListAsync(cancellationToken);
        await writer.WriteJsonAsync("security-events", audit, cancellationToken);
        var exports = await db.DataExports.AsNoTracking()
            .Where(e => e.UserId == userId)
            .OrderBy(e => e.RequestedAt)
            .Select(e => new { e.Id, e.Status, e.RequestedAt, e.CompletedAt, e.ExpiresAt, e.SizeBytes })
            .ToListAsync(cancellationToken);
        await writer.WriteJsonAsync("exports", exports, cancellationToken);
    }
}
