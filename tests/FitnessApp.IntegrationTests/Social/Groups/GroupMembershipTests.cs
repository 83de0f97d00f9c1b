using System.Net;
using System.Net.Http.Json;
using FitnessApp.IntegrationTests.Infrastructure;
using FitnessApp.IntegrationTests.Training;
using Microsoft.Extensions.DependencyInjection;

namespace FitnessApp.IntegrationTests.Social.Groups;

/// <summary>Joining, requests, invitations, leaving, roles and ownership.</summary>
public abstract class GroupMembershipTests(FitnessAppFactory app)
{
    [Fact]
    public async Task Given_a_public_group_When_an_athlete_joins_Then_they_are_a_member_at_once()
    {
        var owner = await app.CreateAthleteClientAsync();
        var athlete = await app.CreateAthleteClientAsync();
        var id = await owner.CreateGroupIdAsync();

        var group = await (await athlete.PostAsync($"{GroupsApi.Of(id)}/membership", null)).OkJsonAsync();

        group.GetProperty("myState").GetString().ShouldBe("active");
        group.GetProperty("myRole").GetString().ShouldBe("member");
        group.GetProperty("memberCount").GetInt32().ShouldBe(2);
        var members = await (await athlete.GetAsync($"{GroupsApi.Of(id)}/members")).OkJsonAsync();
        members.GetProperty("items").Strings("role").ShouldBe(["owner", "member"]);
    }

    [Fact]
    public async Task Given_a_private_group_When_an_athlete_asks_to_join_Then_a_request_the_admins_are_told_of_and_content_stays_hidden()
    {
        var owner = await app.CreateAthleteClientAsync();
        var athlete = await app.CreateAthleteClientAsync();
        var id = await owner.CreateGroupIdAsync("private");

        var group = await (await athlete.PostAsync($"{GroupsApi.Of(id)}/membership", null)).OkJsonAsync();

        group.GetProperty("myState").GetString().ShouldBe("requested");
        (await app.CountNotificationsAsync(await owner.AthleteIdAsync(), "GroupJoinRequest", id)).ShouldBe(1);
        await (await athlete.GetAsync($"{GroupsApi.Of(id)}/members")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await athlete.GetAsync($"{GroupsApi.Of(id)}/feed")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await athlete.GetAsync($"{GroupsApi.Of(id)}/events")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await athlete.GetAsync($"{GroupsApi.Of(id)}/leaderboard")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Given_a_join_request_When_the_owner_accepts_it_Then_the_requester_is_a_member_and_sees_the_content()
    {
        var owner = await app.CreateAthleteClientAsync();
        var athlete = await app.CreateAthleteClientAsync();
        var id = await owner.CreateGroupIdAsync("private");
        await athlete.JoinAsync(id);
        var athleteId = await athlete.AthleteIdAsync();

        var pending = await (await owner.GetAsync($"{GroupsApi.Of(id)}/pending")).OkJsonAsync();
        pending.Strings("userId").ShouldBe([athleteId.ToString()]);
        await owner.PostAsync($"{GroupsApi.Of(id)}/requests/{athleteId}", null).NoContentAsync();

        (await (await athlete.GetAsync(GroupsApi.Of(id))).OkJsonAsync()).GetProperty("myState").GetString().ShouldBe("active");
        (await athlete.GetAsync($"{GroupsApi.Of(id)}/members")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Given_a_join_request_When_declined_Then_no_membership_and_a_second_decline_is_404()
    {
        var owner = await app.CreateAthleteClientAsync();
        var athlete = await app.CreateAthleteClientAsync();
        var id = await owner.CreateGroupIdAsync("private");
        await athlete.JoinAsync(id);
        var athleteId = await athlete.AthleteIdAsync();

        await owner.DeleteAsync($"{GroupsApi.Of(id)}/requests/{athleteId}").NoContentAsync();

        (await (await athlete.GetAsync(GroupsApi.Of(id))).OkJsonAsync()).GetProperty("myState").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
        await (await owner.DeleteAsync($"{GroupsApi.Of(id)}/requests/{athleteId}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Given_a_member_When_they_accept_or_list_requests_Then_403()
    {
        var owner = await app.CreateAthleteClientAsync();
        var member = await app.CreateAthleteClientAsync();
        var id = await owner.CreateGroupIdAsync();
        await member.JoinAsync(id);

        await (await member.GetAsync($"{GroupsApi.Of(id)}/pending")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await member.PostAsync($"{GroupsApi.Of(id)}/requests/{Guid.CreateVersion7()}", null)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Given_the_owner_When_they_leave_Then_409_saying_to_hand_over_and_after_a_transfer_they_can()
    {
        var owner = await app.CreateAthleteClientAsync();
        var member = await app.CreateAthleteClientAsync();
        var id = await owner.CreateGroupIdAsync();
        await member.JoinAsync(id);

        var refused = await (await owner.DeleteAsync($"{GroupsApi.Of(id)}/membership")).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        refused.GetProperty("detail").GetString()!.ShouldContain("transfer the ownership");

        var transferred = await (await owner.PostAsJsonAsync($"{GroupsApi.Of(id)}/owner", new { userId = await member.AthleteIdAsync() })).OkJsonAsync();
        transferred.GetProperty("myRole").GetString().ShouldBe("admin");
        await owner.DeleteAsync($"{GroupsApi.Of(id)}/membership").NoContentAsync();
        var group = await (await member.GetAsync(GroupsApi.Of(id))).OkJsonAsync();
        group.GetProperty("myRole").GetString().ShouldBe("owner");
        group.GetProperty("memberCount").GetInt32().ShouldBe(1);
    }

    [Fact]
    public async Task Given_a_transfer_When_the_new_owner_is_not_a_member_or_missing_Then_404_or_400()
    {
        var owner = await app.CreateAthleteClientAsync();
        var stranger = await app.CreateAthleteClientAsync();
        var id = await owner.CreateGroupIdAsync();

        await (await owner.PostAsJsonAsync($"{GroupsApi.Of(id)}/owner", new { userId = await stranger.AthleteIdAsync() })).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        (await (await owner.PostAsJsonAsync($"{GroupsApi.Of(id)}/owner", new { })).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).ErrorKeys().ShouldContain("userId");
        await (await stranger.PostAsJsonAsync($"{GroupsApi.Of(id)}/owner", new { userId = await stranger.AthleteIdAsync() })).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Given_an_admin_When_they_invite_an_athlete_Then_the_invitee_is_notified_and_joins_by_accepting()
    {
        var owner = await app.CreateAthleteClientAsync();
        var invitee = await app.CreateAthleteClientAsync();
        var id = await owner.CreateGroupIdAsync("private");
        var inviteeId = await invitee.AthleteIdAsync();

        var invited = await (await owner.PostAsJsonAsync($"{GroupsApi.Of(id)}/invitations", new { userId = inviteeId })).OkJsonAsync();

        invited.GetProperty("state").GetString().ShouldBe("invited");
        (await app.CountNotificationsAsync(inviteeId, "GroupInvitation", id)).ShouldBe(1);
        (await (await invitee.GetAsync(GroupsApi.Of(id))).OkJsonAsync()).GetProperty("myState").GetString().ShouldBe("invited");
        var joined = await (await invitee.PostAsync($"{GroupsApi.Of(id)}/membership", null)).OkJsonAsync();
        joined.GetProperty("myState").GetString().ShouldBe("active");
    }

    [Fact]
    public async Task Given_an_invitation_When_the_invitee_declines_Then_they_are_not_a_member()
    {
        var owner = await app.CreateAthleteClientAsync();
        var invitee = await app.CreateAthleteClientAsync();
        var id = await owner.CreateGroupIdAsync("private");
        await owner.PostAsJsonAsync($"{GroupsApi.Of(id)}/invitations", new { userId = await invitee.AthleteIdAsync() });

        await invitee.DeleteAsync($"{GroupsApi.Of(id)}/membership").NoContentAsync();

        (await (await owner.GetAsync($"{GroupsApi.Of(id)}/pending")).OkJsonAsync()).GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task Given_bad_invitations_When_sent_Then_400_404_409_and_403()
    {
        var owner = await app.CreateAthleteClientAsync();
        var member = await app.CreateAthleteClientAsync();
        var id = await owner.CreateGroupIdAsync();
        await member.JoinAsync(id);
        var memberId = await member.AthleteIdAsync();

        (await (await owner.PostAsJsonAsync($"{GroupsApi.Of(id)}/invitations", new { })).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).ErrorKeys().ShouldContain("userId");
        await (await owner.PostAsJsonAsync($"{GroupsApi.Of(id)}/invitations", new { userId = Guid.CreateVersion7() })).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await owner.PostAsJsonAsync($"{GroupsApi.Of(id)}/invitations", new { userId = memberId })).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        await (await member.PostAsJsonAsync($"{GroupsApi.Of(id)}/invitations", new { userId = await owner.AthleteIdAsync() })).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Given_roles_When_members_are_removed_Then_admins_remove_members_only_the_owner_removes_admins_nobody_the_owner()
    {
        var owner = await app.CreateAthleteClientAsync();
        var admin = await app.CreateAthleteClientAsync();
        var otherAdmin = await app.CreateAthleteClientAsync();
        var member = await app.CreateAthleteClientAsync();
        var id = await owner.CreateGroupIdAsync();
        foreach (var client in new[] { admin, otherAdmin, member })
        {
            await client.JoinAsync(id);
        }

        var adminId = await admin.AthleteIdAsync();
        var otherAdminId = await otherAdmin.AthleteIdAsync();
        (await (await owner.PutJsonAsync($"{GroupsApi.Of(id)}/members/{adminId}/role", new { role = "admin" })).OkJsonAsync()).GetProperty("role").GetString().ShouldBe("admin");
        await owner.PutJsonAsync($"{GroupsApi.Of(id)}/members/{otherAdminId}/role", new { role = "admin" });

        await (await member.DeleteAsync($"{GroupsApi.Of(id)}/members/{adminId}")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await admin.DeleteAsync($"{GroupsApi.Of(id)}/members/{otherAdminId}")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await admin.DeleteAsync($"{GroupsApi.Of(id)}/members/{await owner.AthleteIdAsync()}")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await admin.DeleteAsync($"{GroupsApi.Of(id)}/members/{Guid.CreateVersion7()}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await admin.DeleteAsync($"{GroupsApi.Of(id)}/members/{await member.AthleteIdAsync()}").NoContentAsync();
        await owner.DeleteAsync($"{GroupsApi.Of(id)}/members/{otherAdminId}").NoContentAsync();

        var members = await (await owner.GetAsync($"{GroupsApi.Of(id)}/members")).OkJsonAsync();
        members.GetProperty("items").Strings("userId").ShouldBe([(await owner.AthleteIdAsync()).ToString(), adminId.ToString()]);
    }

    [Fact]
    public async Task Given_role_changes_When_made_by_an_admin_or_with_a_bad_role_Then_403_or_400()
    {
        var owner = await app.CreateAthleteClientAsync();
        var admin = await app.CreateAthleteClientAsync();
        var member = await app.CreateAthleteClientAsync();
        var id = await owner.CreateGroupIdAsync();
        await admin.JoinAsync(id);
        await member.JoinAsync(id);
        var adminId = await admin.AthleteIdAsync();
        await owner.PutJsonAsync($"{GroupsApi.Of(id)}/members/{adminId}/role", new { role = "admin" });

        await (await admin.PutJsonAsync($"{GroupsApi.Of(id)}/members/{await member.AthleteIdAsync()}/role", new { role = "admin" })).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        (await (await owner.PutJsonAsync($"{GroupsApi.Of(id)}/members/{adminId}/role", new { role = "owner" })).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).ErrorKeys().ShouldContain("role");
        await (await owner.PutJsonAsync($"{GroupsApi.Of(id)}/members/{await owner.AthleteIdAsync()}/role", new { role = "member" })).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        (await (await owner.PutJsonAsync($"{GroupsApi.Of(id)}/members/{adminId}/role", new { role = "member" })).OkJsonAsync()).GetProperty("role").GetString().ShouldBe("member");
    }

    [Fact]
    public async Task Given_no_token_or_an_unknown_group_When_membership_endpoints_are_called_Then_401_or_404()
    {
        var athlete = await app.CreateAthleteClientAsync();
        var unknown = GroupsApi.Of(Guid.CreateVersion7());

        await (await app.CreateClient().PostAsync($"{unknown}/membership", null)).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        await (await app.CreateClient().GetAsync($"{unknown}/members")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        await (await athlete.PostAsync($"{unknown}/membership", null)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await athlete.DeleteAsync($"{unknown}/membership")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await athlete.GetAsync($"{unknown}/members")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await athlete.GetAsync($"{unknown}/pending")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await athlete.PostAsJsonAsync($"{unknown}/invitations", new { userId = Guid.CreateVersion7() })).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Given_an_owner_who_erases_their_account_When_the_groups_part_runs_twice_Then_the_longest_standing_admin_owns_the_group_and_a_lone_group_is_deleted()
    {
        var owner = await app.CreateAthleteClientAsync();
        var member = await app.CreateAthleteClientAsync();
        var admin = await app.CreateAthleteClientAsync();
        var shared = await owner.CreateGroupIdAsync();
        var lone = await owner.CreateGroupIdAsync();
        await member.JoinAsync(shared);
        await admin.JoinAsync(shared);
        var adminId = await admin.AthleteIdAsync();
        await owner.PutJsonAsync($"{GroupsApi.Of(shared)}/members/{adminId}/role", new { role = "admin" });
        await owner.PostAsJsonAsync($"{GroupsApi.Of(shared)}/posts", new { text = "bye" });
        var ownerId = await owner.AthleteIdAsync();

        for (var run = 0; run < 2; run++)
        {
            await using var scope = app.Services.CreateAsyncScope();
            var part = scope.ServiceProvider.GetServices<FitnessApp.Modules.Social.PersonalData.ISocialDataPart>()
                .OfType<FitnessApp.Modules.Social.Groups.PersonalData.GroupsDataPart>().Single();
            await part.EraseAsync(ownerId, CancellationToken.None);
        }

        var group = await (await admin.GetAsync(GroupsApi.Of(shared))).OkJsonAsync();
        group.GetProperty("myRole").GetString().ShouldBe("owner");
        group.GetProperty("ownerId").GetGuid().ShouldBe(adminId);
        group.GetProperty("memberCount").GetInt32().ShouldBe(2);
        (await (await admin.GetAsync($"{GroupsApi.Of(shared)}/feed")).OkJsonAsync()).GetProperty("items").GetArrayLength().ShouldBe(0);
        await (await admin.GetAsync(GroupsApi.Of(lone))).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }
}

public sealed class GroupMembershipTests_Sqlite(SqliteApp app) : GroupMembershipTests(app), IClassFixture<SqliteApp>;

public sealed class GroupMembershipTests_Postgres(PostgresApp app) : GroupMembershipTests(app), IClassFixture<PostgresApp>;
