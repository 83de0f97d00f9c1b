using System.Globalization;
using FitnessApp.Modules.Accounts.Avatars;
using FitnessApp.Modules.Accounts.Contracts.Profiles;
using FitnessApp.Modules.Accounts.Data;
using FitnessApp.Modules.Accounts.Domain;
using FitnessApp.Modules.Shared.Web;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Accounts.Profiles.SearchAthletes;

/// <summary>
/// Confirmed accounts that are neither being erased nor locked. Case-insensitive matching:
/// PostgreSQL's lower() knows every alphabet, SQLite's only ASCII, so the text is also matched as typed, lower-cased,
/// capitalised and upper-cased ("анна" finds "Анна" on both).
/// </summary>
internal sealed class SearchAthletesHandler(AccountsDbContext db, TimeProvider clock)
    : IRequestHandler<Contracts.Profiles.SearchAthletes, IReadOnlyList<AthleteMatch>>
{
    public async Task<IReadOnlyList<AthleteMatch>> Handle(Contracts.Profiles.SearchAthletes request, CancellationToken cancellationToken)
    {
        var query = db.Users.AsNoTracking()
            .Where(u => u.EmailConfirmed && !db.ErasureRequests.Any(e => e.UserId == u.Id));
        if (Clean(request.Query) is { } name)
        {
            var (lower, upper, title) = Variants(name);
            query = query.Where(u => u.DisplayName.ToLower().Contains(lower) || u.DisplayName.Contains(name)
                || u.DisplayName.Contains(title) || u.DisplayName.Contains(upper));
        }

        if (Clean(request.City) is { } city)
        {
            var (lower, upper, title) = Variants(city);
            query = query.Where(u => u.City != null && (u.City.ToLower().Contains(lower) || u.City.Contains(city)
                || u.City.Contains(title) || u.City.Contains(upper)));
        }

        if (request.ExcludeIds is { Count: > 0 } excluded)
        {
            var ids = excluded.Distinct().ToList();
            query = query.Where(u => !ids.Contains(u.Id));
        }

        if (request.AfterName is { } afterName && request.AfterId is { } afterId)
        {
            query = query.Where(u => string.Compare(u.DisplayName, afterName) > 0
                || (u.DisplayName == afterName && u.Id.CompareTo(afterId) > 0));
        }

        var rows = await query
            .OrderBy(u => u.DisplayName).ThenBy(u => u.Id)
            .Take(Math.Max(0, request.Limit))
            .Select(u => new { u.Id, u.DisplayName, u.City, u.Country, u.AvatarVersion, u.PreferredSports, u.LockoutEnd })
            .ToListAsync(cancellationToken);

        // SQLite cannot compare DateTimeOffset columns, so a lock still running is left out here.
        var now = clock.GetUtcNow();
        return rows.Where(u => u.LockoutEnd is not { } end || end <= now).Select(u => new AthleteMatch(
            u.Id, u.DisplayName, u.City, u.Country, AvatarLinks.Of(u.Id, u.AvatarVersion), u.PreferredSports.Select(WireNames.Of).ToList())).ToList();
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static (string Lower, string Upper, string Title) Variants(string text)
    {
        var lower = text.ToLowerInvariant();
        return (lower, text.ToUpperInvariant(), char.ToUpper(lower[0], CultureInfo.InvariantCulture) + lower[1..]);
    }
}
