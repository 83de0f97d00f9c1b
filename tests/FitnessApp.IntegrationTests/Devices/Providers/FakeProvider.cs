using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using FitnessApp.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Logging;

namespace FitnessApp.IntegrationTests.Devices.Providers;

/// <summary>
/// A provider on 127.0.0.1 (random port) that speaks what our connectors speak: Strava-like OAuth at /oauth/* with a
/// PKCE check, refresh and deauthorize, activities and streams under /api/v3 with rate-limit headers (429 on demand),
/// and a Polar-like account under /polar (Basic client auth, x_user_id, exercise files). Tokens expire on the test's
/// clock, so that a stale token is refused as a real provider would.
/// </summary>
public sealed class FakeProvider : IAsyncDisposable
{
    public const string ClientId = "fake-client-id";
    public const string ClientSecret = "fake-client-secret";
    public static readonly TimeSpan TokenLifetime = TimeSpan.FromHours(6);

    private readonly WebApplication _app;
    private readonly TimeProvider _clock;
    private readonly ConcurrentDictionary<string, (string Challenge, string RedirectUri, string AthleteId)> _codes = new();
    private readonly ConcurrentDictionary<string, (string AthleteId, DateTimeOffset ExpiresAt)> _accessTokens = new();
    private readonly ConcurrentDictionary<string, string> _refreshTokens = new();
    private readonly ConcurrentDictionary<long, FakeActivity> _activities = new();
    private readonly ConcurrentDictionary<string, string> _exercises = new();
    private int _tooManyRequests;
    private int _refreshes;
    private int _deauthorizations;
    private int _activityCalls;
    private int _rejectedVerifiers;

    private FakeProvider(WebApplication app, TimeProvider clock)
    {
        _app = app;
        _clock = clock;
    }

    public string BaseUrl { get; private set; } = string.Empty;

    public string PolarBaseUrl => BaseUrl + "/polar";

    /// <summary>The provider account the next authorization approves (the athlete "signed in" at the provider).</summary>
    public string NextAthleteId { get; set; } = "1001";

    /// <summary>Refuse every refresh (e.g. the athlete revoked access meanwhile).</summary>
    public bool RejectRefresh { get; set; }

    public int Refreshes => _refreshes;

    public int Deauthorizations => _deauthorizations;

    public int ActivityCalls => _activityCalls;

    public int RejectedVerifiers => _rejectedVerifiers;

    /// <summary>The next <paramref name="count"/> API calls are answered 429 with exhausted rate-limit headers.</summary>
    public void RateLimitNext(int count) => Interlocked.Exchange(ref _tooManyRequests, count);

    public bool IsTokenKnown(string token) => _accessTokens.ContainsKey(token) || _refreshTokens.ContainsKey(token);

    public void AddActivity(FakeActivity activity) => _activities[activity.Id] = activity;

    public void AddExercise(string id, string gpx) => _exercises[id] = gpx;

    public static async Task<FakeProvider> StartAsync(TimeProvider clock)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var fake = new FakeProvider(app, clock);
        fake.Map(app);
        await app.StartAsync();
        fake.BaseUrl = app.Urls.Single().TrimEnd('/');
        return fake;
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private void Map(WebApplication app)
    {
        app.MapGet("/oauth/authorize", Authorize);
        app.MapGet("/polar/oauth2/authorization", Authorize);
        app.MapPost("/oauth/token", (HttpRequest request) => TokenAsync(request, basicAuth: false));
        app.MapPost("/polar/oauth2/token", (HttpRequest request) => TokenAsync(request, basicAuth: true));
        app.MapPost("/oauth/deauthorize", async (HttpRequest request) =>
        {
            var form = await request.ReadFormAsync();
            if (!_accessTokens.TryRemove(form["access_token"].ToString(), out _))
            {
                return Results.Unauthorized();
            }

            Interlocked.Increment(ref _deauthorizations);
            return Results.Ok(new { access_token = form["access_token"].ToString() });
        });
        app.MapDelete("/polar/v3/users/{id}", (string id, HttpRequest request) =>
        {
            if (Authorized(request) is null)
            {
                return Results.Unauthorized();
            }

            Interlocked.Increment(ref _deauthorizations);
            return Results.NoContent();
        });
        app.MapGet("/api/v3/activities/{id:long}", (long id, HttpRequest request, HttpResponse response) =>
            Api(request, response, id, activity => Results.Json(activity.Detail())));
        app.MapGet("/api/v3/activities/{id:long}/streams", (long id, HttpRequest request, HttpResponse response) =>
            request.Query["key_by_type"] != "true"
                ? Results.BadRequest()
                : Api(request, response, id, activity => Results.Json(activity.Streams())));
        app.MapGet("/polar/v3/exercises/{id}/{format}", (string id, string format, HttpRequest request) =>
            Authorized(request) is null ? Results.Unauthorized()
            : format == "gpx" && _exercises.TryGetValue(id, out var gpx) ? Results.Text(gpx, "application/gpx+xml")
            : Results.NotFound());
    }

    private IResult Authorize(HttpRequest request)
    {
        var query = request.Query;
        if (query["client_id"] != ClientId || query["response_type"] != "code" || query["code_challenge_method"] != "S256"
            || string.IsNullOrEmpty(query["code_challenge"]) || string.IsNullOrEmpty(query["state"]) || string.IsNullOrEmpty(query["redirect_uri"]))
        {
            return Results.BadRequest("bad authorize request");
        }

        var code = Random();
        _codes[code] = (query["code_challenge"]!, query["redirect_uri"]!, NextAthleteId);
        return Results.Redirect(QueryHelpers.AddQueryString(query["redirect_uri"]!, new Dictionary<string, string?>
        {
            ["state"] = query["state"],
            ["code"] = code,
            ["scope"] = query["scope"],
        }));
    }

    private async Task<IResult> TokenAsync(HttpRequest request, bool basicAuth)
    {
        var form = await request.ReadFormAsync();
        var client = basicAuth ? BasicCredentials(request) : (form["client_id"].ToString(), form["client_secret"].ToString());
        if (client != (ClientId, ClientSecret))
        {
            return Results.Json(new { message = "Bad Request", errors = new[] { new { resource = "Application", code = "invalid" } } }, statusCode: 401);
        }

        switch (form["grant_type"].ToString())
        {
            case "authorization_code":
                if (!_codes.TryRemove(form["code"].ToString(), out var issued) || issued.RedirectUri != form["redirect_uri"])
                {
                    return Results.BadRequest(new { message = "Bad Request", errors = new[] { new { resource = "AuthorizationCode", code = "invalid" } } });
                }

                if (Challenge(form["code_verifier"].ToString()) != issued.Challenge)
                {
                    Interlocked.Increment(ref _rejectedVerifiers);
                    return Results.BadRequest(new { message = "Bad Request", errors = new[] { new { resource = "CodeVerifier", code = "invalid" } } });
                }

                return Results.Json(Tokens(issued.AthleteId, withRefresh: !basicAuth, polar: basicAuth));
            case "refresh_token" when !basicAuth:
                if (RejectRefresh || !_refreshTokens.TryRemove(form["refresh_token"].ToString(), out var athlete))
                {
                    return Results.BadRequest(new { message = "Bad Request", errors = new[] { new { resource = "RefreshToken", code = "invalid" } } });
                }

                Interlocked.Increment(ref _refreshes);
                return Results.Json(Tokens(athlete, withRefresh: true, polar: false));
            default:
                return Results.BadRequest();
        }
    }

    private Dictionary<string, object> Tokens(string athleteId, bool withRefresh, bool polar)
    {
        var access = Random();
        var expiresAt = _clock.GetUtcNow() + TokenLifetime;
        _accessTokens[access] = (athleteId, expiresAt);
        var body = new Dictionary<string, object> { ["token_type"] = "Bearer", ["access_token"] = access, ["expires_in"] = (int)TokenLifetime.TotalSeconds };
        if (polar)
        {
            body["x_user_id"] = long.Parse(athleteId, CultureInfo.InvariantCulture);
            return body;
        }

        body["expires_at"] = expiresAt.ToUnixTimeSeconds();
        body["athlete"] = new { id = long.Parse(athleteId, CultureInfo.InvariantCulture), username = $"athlete{athleteId}" };
        if (withRefresh)
        {
            var refresh = Random();
            _refreshTokens[refresh] = athleteId;
            body["refresh_token"] = refresh;
        }

        return body;
    }

    private IResult Api(HttpRequest request, HttpResponse response, long id, Func<FakeActivity, IResult> answer)
    {
        Interlocked.Increment(ref _activityCalls);
        if (Interlocked.Decrement(ref _tooManyRequests) >= 0)
        {
            response.Headers["X-RateLimit-Limit"] = "200,2000";
            response.Headers["X-RateLimit-Usage"] = "201,900";
            return Results.StatusCode(StatusCodes.Status429TooManyRequests);
        }

        Interlocked.Exchange(ref _tooManyRequests, 0);
        response.Headers["X-RateLimit-Limit"] = "200,2000";
        response.Headers["X-RateLimit-Usage"] = "12,340";
        var athlete = Authorized(request);
        return athlete is null ? Results.Unauthorized()
            : _activities.TryGetValue(id, out var activity) && activity.AthleteId == athlete ? answer(activity)
            : Results.NotFound();
    }

    /// <summary>The athlete of a valid, unexpired bearer token, or null.</summary>
    private string? Authorized(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        return header.StartsWith("Bearer ", StringComparison.Ordinal)
            && _accessTokens.TryGetValue(header["Bearer ".Length..], out var token) && token.ExpiresAt > _clock.GetUtcNow()
            ? token.AthleteId
            : null;
    }

    private static (string, string) BasicCredentials(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        if (!header.StartsWith("Basic ", StringComparison.Ordinal))
        {
            return (string.Empty, string.Empty);
        }

        var pair = Encoding.UTF8.GetString(Convert.FromBase64String(header["Basic ".Length..])).Split(':', 2);
        return (pair[0], pair.Length > 1 ? pair[1] : string.Empty);
    }

    private static string Challenge(string verifier) =>
        Convert.ToBase64String(SHA256.HashData(Encoding.ASCII.GetBytes(verifier))).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static string Random() => Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
}
