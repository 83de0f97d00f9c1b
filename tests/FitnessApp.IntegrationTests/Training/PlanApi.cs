using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using FitnessApp.IntegrationTests.Infrastructure;

namespace FitnessApp.IntegrationTests.Training;

/// <summary>The plans API as the tests call it: templates to write, enrolment and the calendar.</summary>
public static class PlanApi
{
    public const string Templates = "/api/v1/training/plan-templates";
    public const string Enrolments = "/api/v1/training/plans/enrolments";
    public const string Current = "/api/v1/training/plans/enrolments/current";
    public const string Calendar = "/api/v1/training/calendar";

    public static readonly Guid FiveKilometreBeginnerId = new("019aa5a0-0000-7000-8000-000000000501");
    public static readonly Guid TenKilometreId = new("019aa5a0-0000-7000-8000-000000001001");
    public static readonly Guid StrengthId = new("019aa5a0-0000-7000-8000-000000002001");

    public static DateOnly TodayUtc => DateOnly.FromDateTime(DateTime.UtcNow);

    /// <summary>A valid template: <paramref name="weeks"/> weeks with a 30-minute easy run every day.</summary>
    public static JsonObject DailyRuns(int weeks = 2, bool published = true, string? name = null)
    {
        var workouts = new JsonArray();
        string[] days = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];
        for (var week = 1; week <= weeks; week++)
        {
            foreach (var day in days)
            {
                workouts.Add(new JsonObject
                {
                    ["week"] = week,
                    ["dayOfWeek"] = day,
                    ["sport"] = "running",
                    ["durationSeconds"] = 1800,
                    ["intensity"] = "easy",
                    ["descriptionEn"] = "Easy run",
                    ["descriptionRu"] = "Лёгкий бег",
                });
            }
        }

        return new JsonObject
        {
            ["nameEn"] = name ?? $"Daily runs {Guid.NewGuid():N}",
            ["nameRu"] = "Бег каждый день",
            ["descriptionEn"] = "A run every day.",
            ["descriptionRu"] = "Пробежка каждый день.",
            ["sportFocus"] = "running",
            ["level"] = "intermediate",
            ["weeks"] = weeks,
            ["published"] = published,
            ["workouts"] = workouts,
        };
    }

    public static async Task<HttpClient> CreateOperatorClientAsync(this OperatorApp app)
    {
        var client = app.CreateClient();
        var token = await client.LoginAsync(OperatorApp.Email, OperatorApp.Password);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.AccessToken);
        return client;
    }

    /// <summary>Creates a template as an operator; fails the test unless 201.</summary>
    public static async Task<Guid> CreateTemplateAsync(this HttpClient operatorClient, JsonObject body)
    {
        var response = await operatorClient.PostAsJsonAsync(Templates, body);
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.Created, text);
        return JsonDocument.Parse(text).RootElement.GetProperty("id").GetGuid();
    }

    public static Task<HttpResponseMessage> EnrolAsync(this HttpClient client, Guid templateId, DateOnly startDate) =>
        client.PostAsJsonAsync(Enrolments, new { templateId, startDate = startDate.ToString("yyyy-MM-dd") });

    /// <summary>Enrols and returns the plan; fails the test unless 201.</summary>
    public static async Task<JsonElement> EnrolOkAsync(this HttpClient client, Guid templateId, DateOnly startDate)
    {
        var response = await client.EnrolAsync(templateId, startDate);
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.Created, text);
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    public static async Task<JsonElement> CurrentPlanAsync(this HttpClient client)
    {
        var response = await client.GetAsync(Current);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.JsonAsync();
    }

    /// <summary>The current plan's workout on <paramref name="date"/> (the first of that day).</summary>
    public static JsonElement WorkoutOn(this JsonElement plan, DateOnly date) =>
        plan.GetProperty("workouts").EnumerateArray().First(w => w.GetProperty("date").GetString() == date.ToString("yyyy-MM-dd"));

    /// <summary>Waits until the outbox delivered the activity events and the workout of <paramref name="date"/> has <paramref name="status"/>.</summary>
    public static Task<JsonElement> WaitForWorkoutStatusAsync(this HttpClient client, DateOnly date, string status) =>
        Polling.UntilAsync(
            async () => (await client.CurrentPlanAsync()).WorkoutOn(date),
            w => w.GetProperty("status").GetString() == status,
            because: $"the workout of {date} to be {status}");

    /// <summary>A run starting one second after midnight UTC today, in UTC (so its local day is today's UTC date).</summary>
    public static JsonObject RunToday(string sport = "running") =>
        ActivityApi.Run(
            $$"""{"sport":"{{sport}}","timeZone":"UTC"}""",
            start: new DateTimeOffset(TodayUtc.ToDateTime(new TimeOnly(0, 0, 1)), TimeSpan.Zero));
}
