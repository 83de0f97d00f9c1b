using System.Net.Http.Headers;
using FitnessApp.IntegrationTests.Infrastructure;
using FitnessApp.Modules.Loyalty.Contracts.Promotions;
using FitnessApp.Modules.Loyalty.Promotions.Admin;
using FitnessApp.Modules.Loyalty.Promotions.CreatePromoCode;
using MediatR;
using Microsoft.Extensions.DependencyInjection;

namespace FitnessApp.IntegrationTests.Loyalty.Promotions;

/// <summary>A host with an operator (the bootstrap admin) for the promo code tests.</summary>
public class PromoApp : FitnessAppFactory
{
    public const string OperatorEmail = "promo-operator@example.com";
    public const string OperatorPassword = "operator password for the promo code tests";

    protected PromoApp(TestDatabase database)
        : base(database)
    {
        With("Accounts:Bootstrap:AdminEmail", OperatorEmail);
        With("Accounts:Bootstrap:AdminPassword", OperatorPassword);
    }
}

public sealed class PromoSqliteApp() : PromoApp(TestDatabase.Sqlite);

public sealed class PromoPostgresApp() : PromoApp(TestDatabase.Postgres);

internal static class PromoApi
{
    public const string Admin = "/api/v1/loyalty/admin/promo-codes";
    public const string Check = "/api/v1/loyalty/promo-codes/check";

    public static string NewCode() => $"T{Guid.NewGuid():N}"[..20].ToUpperInvariant();

    public static async Task<HttpClient> OperatorClientAsync(this PromoApp app)
    {
        var client = app.CreateClient();
        var token = await client.LoginAsync(PromoApp.OperatorEmail, PromoApp.OperatorPassword);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.AccessToken);
        return client;
    }

    /// <summary>A valid percentage code's request body; change members with <paramref name="change"/>.</summary>
    public static Dictionary<string, object?> Body(string code, Action<Dictionary<string, object?>>? change = null)
    {
        var body = new Dictionary<string, object?>
        {
            ["code"] = code,
            ["kind"] = "percentage",
            ["percent"] = 10,
            ["startsAt"] = DateTimeOffset.UtcNow.AddDays(-1),
            ["endsAt"] = DateTimeOffset.UtcNow.AddDays(30),
            ["totalLimit"] = 100,
            ["perUserLimit"] = 1,
            ["countries"] = Array.Empty<string>(),
        };
        change?.Invoke(body);
        return body;
    }

    /// <summary>Creates a code the way the operators' page does (through the mediator).</summary>
    public static Task<PromoCodeResponse> CreateCodeAsync(
        this FitnessAppFactory app, string code, int percent = 10, int? totalLimit = null, int? perUserLimit = null,
        IReadOnlyList<string>? countries = null, int? minimumLevel = null, decimal? minimumOrderAmount = null, string? currency = null,
        DateTimeOffset? startsAt = null, DateTimeOffset? endsAt = null) =>
        app.SendAsync(new CreatePromoCode(
            code, "percentage", percent, null, currency, startsAt ?? DateTimeOffset.UtcNow.AddDays(-1), endsAt ?? DateTimeOffset.UtcNow.AddDays(30),
            totalLimit, perUserLimit, countries, minimumLevel, minimumOrderAmount, true));

    public static async Task<T> SendAsync<T>(this FitnessAppFactory app, IRequest<T> request)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(request);
    }

    public static Task<PromoRedemptionResult> RedeemAsync(this FitnessAppFactory app, Guid userId, string code, Guid orderId, decimal amount = 100m) =>
        app.SendAsync(new RedeemPromoCode(userId, code, orderId, amount, "EUR", "DE"));
}
