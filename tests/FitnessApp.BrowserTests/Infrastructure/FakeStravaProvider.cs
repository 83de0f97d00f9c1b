using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Logging;

namespace FitnessApp.BrowserTests.Infrastructure;

/// <summary>
/// The OAuth side of a Strava-like provider on 127.0.0.1, for the connect journey in a real browser: the authorize page
/// approves at once and redirects back with a code, the token endpoint checks the client and the PKCE verifier, and
/// deauthorize forgets the token. (The integration tests' fake provider also serves activities and webhooks.)
/// </summary>
public sealed class FakeStravaProvider : IAsyncDisposable
{
    public const string ClientId = "browser-client-id";
    public const string ClientSecret = "browser-client-secret";
    public const long AthleteId = 424242;

    private readonly ConcurrentDictionary<string, (string Challenge, string RedirectUri)> _codes = new();
    private readonly ConcurrentDictionary<string, byte> _accessTokens = new();
    private WebApplication? _app;
    private int _deauthorizations;

    public string BaseUrl { get; private set; } = string.Empty;

    public int Deauthorizations => _deauthorizations;

    public void Start()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        _app = builder.Build();
        _app.MapGet("/oauth/authorize", Authorize);
        _app.MapPost("/oauth/token", TokenAsync);
        _app.MapPost("/oauth/deauthorize", async (HttpRequest request) =>
        {
            var form = await request.ReadFormAsync();
            if (!_accessTokens.TryRemove(form["access_token"].ToString(), out _))
            {
                return Results.Unauthorized();
            }

            Interlocked.Increment(ref _deauthorizations);
            return Results.Ok(new { access_token = form["access_token"].ToString() });
        });
        _app.StartAsync().GetAwaiter().GetResult();
        BaseUrl = _app.Urls.Single().TrimEnd('/');
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }

    private IResult Authorize(HttpRequest request)
    {
        var query = request.Query;
        if (query["client_id"] != ClientId || query["code_challenge_method"] != "S256" || string.IsNullOrEmpty(query["code_challenge"])
            || string.IsNullOrEmpty(query["state"]) || string.IsNullOrEmpty(query["redirect_uri"]))
        {
            return Results.BadRequest("bad authorize request");
        }

        var code = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        _codes[code] = (query["code_challenge"]!, query["redirect_uri"]!);
        return Results.Redirect(QueryHelpers.AddQueryString(query["redirect_uri"]!, new Dictionary<string, string?>
        {
            ["state"] = query["state"],
            ["code"] = code,
            ["scope"] = query["scope"],
        }));
    }

    private async Task<IResult> TokenAsync(HttpRequest request)
    {
        var form = await request.ReadFormAsync();
        if (form["client_id"] != ClientId || form["client_secret"] != ClientSecret || form["grant_type"] != "authorization_code"
            || !_codes.TryRemove(form["code"].ToString(), out var issued) || issued.RedirectUri != form["redirect_uri"]
            || Challenge(form["code_verifier"].ToString()) != issued.Challenge)
        {
            return Results.BadRequest(new { message = "Bad Request" });
        }

        var access = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        _accessTokens[access] = 0;
        return Results.Json(new Dictionary<string, object>
        {
            ["token_type"] = "Bearer",
            ["access_token"] = access,
            ["refresh_token"] = Convert.ToHexString(RandomNumberGenerator.GetBytes(16)),
            ["expires_in"] = 21_600,
            ["expires_at"] = DateTimeOffset.UtcNow.AddHours(6).ToUnixTimeSeconds(),
            ["athlete"] = new { id = AthleteId, username = "browser-athlete" },
        });
    }

    private static string Challenge(string verifier) =>
        Convert.ToBase64String(SHA256.HashData(Encoding.ASCII.GetBytes(verifier))).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
