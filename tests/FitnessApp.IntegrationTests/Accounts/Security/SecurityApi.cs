using System.Net.Http.Headers;
using System.Net.Http.Json;
using FitnessApp.IntegrationTests.Infrastructure;
using FitnessApp.Modules.Accounts.Data;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.IntegrationTests.Accounts.Security;

internal static class SecurityApi
{
    public const string NewPassword = "a brand new password for the tests";

    public static Task<HttpResponseMessage> LoginRawAsync(this HttpClient client, string email, string password) =>
        client.PostAsJsonAsync("/api/v1/accounts/login", new { email, password });

    public static HttpClient WithBearer(this HttpClient client, string accessToken)
    {
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        return client;
    }

    public static async Task<Guid> UserIdAsync(this FitnessAppFactory app, string email) =>
        await app.Services.QueryAsync<AccountsDbContext, Guid>(db =>
            db.Users.Where(u => u.NormalizedEmail == email.ToUpperInvariant()).Select(u => u.Id).SingleAsync());

    /// <summary>The wire names of the audit entries of a user, oldest first.</summary>
    public static Task<List<string>> AuditKindsAsync(this FitnessAppFactory app, Guid userId) =>
        app.Services.QueryAsync<AccountsDbContext, List<string>>(db =>
            db.AuditEntries.Where(e => e.UserId == userId).OrderBy(e => e.OccurredAt).ThenBy(e => e.Id).Select(e => e.Kind).ToListAsync());
}
