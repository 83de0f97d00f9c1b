using System.Security.Claims;
using System.Text.Json;
using FitnessApp.Modules.Shared.Data;
using FitnessApp.Modules.Shared.Errors;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FitnessApp.Modules.Shared.Idempotency;

/// <summary>
/// Honours <c>Idempotency-Key</c> on an endpoint: the first request with a key is processed and its
/// successful response kept (in the module's own schema) for a day; the same key and body replay that
/// response; the same key with another body is 422; a retry while the first is still running is 409.
/// A failed first attempt keeps nothing, so the client may retry it.
/// </summary>
internal sealed class IdempotencyFilter<TContext>(IDbContextFactory<TContext> contexts, TimeProvider clock, IOptions<JsonOptions> json)
    : IEndpointFilter
    where TContext : DbContext
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromHours(24);

    /// <summary>How long a first request may run before a retry with its key may take the key over.</summary>
    private static readonly TimeSpan PendingLease = TimeSpan.FromMinutes(2);

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (!http.Request.Headers.TryGetValue(IdempotencyKey.HeaderName, out var values))
        {
            return await next(context);
        }

        var key = values.ToString();
        if (values.Count != 1 || string.IsNullOrWhiteSpace(key) || key.Length > IdempotencyKey.MaxLength)
        {
            throw FieldErrors.For(IdempotencyKey.HeaderName, $"Send one non-empty key of at most {IdempotencyKey.MaxLength} characters.");
        }

        var scope = http.User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "anonymous";
        var hash = await IdempotencyKey.HashRequestAsync(http.Request, http.RequestAborted);
        await using var db = await contexts.CreateDbContextAsync(http.RequestAborted);
        var existing = await ReserveAsync(db, scope, key, hash, http.RequestAborted);
        if (existing is not null)
        {
            return Replay(existing, key, hash, http);
        }

        object? result;
        try
        {
            result = await next(context);
        }
        catch
        {
            await ForgetAsync(db, scope, key);
            throw;
        }

        if (result is IStatusCodeHttpResult { StatusCode: >= 200 and < 300 } success)
        {
            await CompleteAsync(db, scope, key, success, result);
        }
        else
        {
            await ForgetAsync(db, scope, key);
        }

        return result;
    }

    /// <summary>
    /// Stores a pending record; returns the record already there when the key was used before. An expired
    /// record, or a pending one older than <see cref="PendingLease"/> (its request died without an answer),
    /// is replaced, so a key is never blocked for long by a crash.
    /// </summary>
    private async Task<IdempotencyRecord?> ReserveAsync(TContext db, string scope, string key, string hash, CancellationToken cancellationToken)
    {
        var records = db.Set<IdempotencyRecord>();
        for (var attempt = 0; ; attempt++)
        {
            var now = clock.GetUtcNow().UtcDateTime;
            var existing = await records.AsNoTracking().SingleOrDefaultAsync(r => r.Scope == scope && r.Key == key, cancellationToken);
            if (existing is not null && existing.ExpiresAt > now && (existing.CompletedAt is not null || existing.CreatedAt > now - PendingLease))
            {
                return existing;
            }

            if (existing is not null)
            {
                await records.Where(r => r.Scope == scope && r.Key == key && r.CreatedAt == existing.CreatedAt).ExecuteDeleteAsync(cancellationToken);
            }

            records.Add(new IdempotencyRecord { Scope = scope, Key = key, RequestHash = hash, CreatedAt = now, ExpiresAt = now + Lifetime });
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return null;
            }
            catch (DbUpdateException exception) when (exception.IsUniqueViolation() && attempt == 0)
            {
                // Another request with the same key won the race: look again at what it stored.
                db.ChangeTracker.Clear();
            }
        }
    }

    private static object Replay(IdempotencyRecord record, string key, string hash, HttpContext http)
    {
        if (record.RequestHash != hash)
        {
            throw new UnprocessableException($"The Idempotency-Key '{key}' was already used for a different request. Use a new key for a new request.");
        }

        if (record.CompletedAt is null)
        {
            throw new ConflictException($"A request with the Idempotency-Key '{key}' is still being processed. Retry in a moment to get its response.");
        }

        http.Response.Headers[IdempotencyKey.ReplayedHeaderName] = "true";
        if (record.Location is not null)
        {
            http.Response.Headers.Location = record.Location;
        }

        return TypedResults.Text(record.ResponseBody ?? string.Empty, record.ContentType, statusCode: record.StatusCode);
    }

    private async Task CompleteAsync(TContext db, string scope, string key, IStatusCodeHttpResult success, object result)
    {
        var body = result is IValueHttpResult { Value: { } value }
            ? JsonSerializer.Serialize(value, value.GetType(), json.Value.SerializerOptions)
            : null;
        var location = result.GetType().GetProperty("Location")?.GetValue(result) as string;
        var completedAt = clock.GetUtcNow().UtcDateTime;
        await db.Set<IdempotencyRecord>()
            .Where(r => r.Scope == scope && r.Key == key)
            .ExecuteUpdateAsync(
                s => s.SetProperty(r => r.CompletedAt, completedAt)
                    .SetProperty(r => r.StatusCode, success.StatusCode)
                    .SetProperty(r => r.ContentType, body is null ? null : "application/json; charset=utf-8")
                    .SetProperty(r => r.ResponseBody, body)
                    .SetProperty(r => r.Location, location),
                CancellationToken.None);
    }

    private static Task ForgetAsync(TContext db, string scope, string key) =>
        db.Set<IdempotencyRecord>().Where(r => r.Scope == scope && r.Key == key).ExecuteDeleteAsync(CancellationToken.None);
}
