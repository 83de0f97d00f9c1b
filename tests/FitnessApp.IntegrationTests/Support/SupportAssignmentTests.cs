using System.Net;
using System.Net.Http.Json;
using FitnessApp.IntegrationTests.Infrastructure;
using FitnessApp.Modules.Accounts.Contracts.Security;
using FitnessApp.Modules.Accounts.Domain;
using MediatR;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace FitnessApp.IntegrationTests.Support;

/// <summary>Any active operator or admin may be given a ticket, whether or not they have opened the queue (Accounts' ListOperators).</summary>
public abstract class SupportAssignmentTests(SupportApp app)
{
    [Fact]
    public async Task Given_an_operator_who_never_opened_the_queue_When_listing_agents_and_assigning_Then_they_are_offered_and_assigned()
    {
        var athlete = await app.CreateAthleteClientAsync();
        var operatorClient = await app.CreateOperatorClientAsync();
        var (_, newcomerId) = await app.CreateSecondOperatorAsync();
        var id = await athlete.OpenTicketAsync();

        var agents = await AgentIdsAsync(operatorClient);
        var assigned = await (await operatorClient.PutAsJsonAsync($"{SupportApi.Queue}/{id}/assignee", new { assigneeId = newcomerId })).ReadJsonAsync();

        agents.ShouldContain(newcomerId);
        agents.ShouldContain(await app.UserIdAsync(operatorClient));
        agents.ShouldNotContain(await app.UserIdAsync(athlete));
        assigned.GetProperty("assigneeId").GetGuid().ShouldBe(newcomerId);
        assigned.GetProperty("assigneeName").GetString().ShouldBe("Second Operator");
    }

    [Fact]
    public async Task Given_a_locked_operator_When_listing_agents_and_assigning_Then_they_are_not_offered_and_400_names_assigneeId()
    {
        var athlete = await app.CreateAthleteClientAsync();
        var operatorClient = await app.CreateOperatorClientAsync();
        var (_, lockedId) = await app.CreateSecondOperatorAsync();
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<User>>();
            (await users.SetLockoutEndDateAsync((await users.FindByIdAsync(lockedId.ToString()))!, DateTimeOffset.MaxValue)).Succeeded.ShouldBeTrue();
        }

        var id = await athlete.OpenTicketAsync();

        (await AgentIdsAsync(operatorClient)).ShouldNotContain(lockedId);
        (await (await operatorClient.PutAsJsonAsync($"{SupportApi.Queue}/{id}/assignee", new { assigneeId = lockedId })).ShouldBeProblemAsync(HttpStatusCode.BadRequest))
            .ErrorKeys().ShouldBe(["assigneeId"]);
    }

    [Fact]
    public async Task Given_operators_admins_and_athletes_When_another_module_asks_ListOperators_Then_only_active_staff_by_name()
    {
        var athleteId = await app.UserIdAsync(await app.CreateAthleteClientAsync());
        var (_, operatorId) = await app.CreateSecondOperatorAsync();
        var adminId = await app.UserIdAsync(await app.CreateOperatorClientAsync());

        await using var scope = app.Services.CreateAsyncScope();
        var operators = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new ListOperators());

        operators.Select(o => o.UserId).ShouldContain(operatorId);
        operators.Select(o => o.UserId).ShouldContain(adminId);
        operators.Select(o => o.UserId).ShouldNotContain(athleteId);
        operators.Single(o => o.UserId == operatorId).DisplayName.ShouldBe("Second Operator");
        operators.Select(o => o.DisplayName).ShouldBe(operators.Select(o => o.DisplayName).Order(StringComparer.CurrentCulture));
    }

    private static async Task<List<Guid>> AgentIdsAsync(HttpClient client) =>
        [.. (await (await client.GetAsync($"{SupportApi.Queue}/agents")).ReadJsonAsync()).EnumerateArray().Select(a => a.GetProperty("userId").GetGuid())];
}

public sealed class SupportAssignmentTests_Sqlite(SqliteSupportApp app) : SupportAssignmentTests(app), IClassFixture<SqliteSupportApp>;

public sealed class SupportAssignmentTests_Postgres(PostgresSupportApp app) : SupportAssignmentTests(app), IClassFixture<PostgresSupportApp>;
