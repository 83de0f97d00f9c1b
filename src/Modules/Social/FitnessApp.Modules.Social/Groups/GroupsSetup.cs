using FitnessApp.Modules.Shared.Demo;
using FitnessApp.Modules.Shared.Jobs;
using FitnessApp.Modules.Social.Demo;
using FitnessApp.Modules.Social.Groups.AcceptJoinRequest;
using FitnessApp.Modules.Social.Groups.ChangeMemberRole;
using FitnessApp.Modules.Social.Groups.CreateGroup;
using FitnessApp.Modules.Social.Groups.CreatePost;
using FitnessApp.Modules.Social.Groups.DeclineJoinRequest;
using FitnessApp.Modules.Social.Groups.DeleteGroup;
using FitnessApp.Modules.Social.Groups.DeletePost;
using FitnessApp.Modules.Social.Groups.Domain;
using FitnessApp.Modules.Social.Groups.Events.CancelEvent;
using FitnessApp.Modules.Social.Groups.Events.CreateEvent;
using FitnessApp.Modules.Social.Groups.Events.GetEvent;
using FitnessApp.Modules.Social.Groups.Events.ListEvents;
using FitnessApp.Modules.Social.Groups.Events.Reminders;
using FitnessApp.Modules.Social.Groups.Events.SetAttendance;
using FitnessApp.Modules.Social.Groups.Events.UpdateEvent;
using FitnessApp.Modules.Social.Groups.GetGroup;
using FitnessApp.Modules.Social.Groups.GetGroupFeed;
using FitnessApp.Modules.Social.Groups.GetLeaderboard;
using FitnessApp.Modules.Social.Groups.InviteMember;
using FitnessApp.Modules.Social.Groups.JoinGroup;
using FitnessApp.Modules.Social.Groups.LeaveGroup;
using FitnessApp.Modules.Social.Groups.ListGroups;
using FitnessApp.Modules.Social.Groups.ListMembers;
using FitnessApp.Modules.Social.Groups.ListMyGroups;
using FitnessApp.Modules.Social.Groups.ListPending;
using FitnessApp.Modules.Social.Groups.Moderation;
using FitnessApp.Modules.Social.Groups.PersonalData;
using FitnessApp.Modules.Social.Groups.RemoveMember;
using FitnessApp.Modules.Social.Groups.TransferOwnership;
using FitnessApp.Modules.Social.Groups.UpdateGroup;
using FitnessApp.Modules.Social.Moderation;
using FitnessApp.Modules.Social.PersonalData;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace FitnessApp.Modules.Social.Groups;

/// <summary>Groups: membership and roles, posts, the group feed, the weekly leaderboard, events with attendance and reminders.</summary>
internal static class GroupsSetup
{
    public static IServiceCollection AddGroups(this IServiceCollection services)
    {
        services.AddScoped<GroupAccess>();
        services.AddScoped<EventReminders>();
        services.AddScoped<IModerationTarget, GroupModerationTarget>();
        services.AddScoped<ISocialDataPart, GroupsDataPart>();
        services.AddScoped<IDemoSeeder, GroupsDemoSeeder>();
        services.AddScheduledJob<EventReminderJob>(
            SocialModule.ModuleName, EventReminderJob.Name, JobSchedule.Every(EventReminderJob.Interval),
            "Reminds attendees of group events starting within 24 hours, once each");
        return services;
    }

    public static IEndpointRouteBuilder MapGroups(this IEndpointRouteBuilder api)
    {
        api.MapCreateGroup();
        api.MapListGroups();
        api.MapListMyGroups();
        api.MapGetGroup();
        api.MapUpdateGroup();
        api.MapDeleteGroup();
        api.MapJoinGroup();
        api.MapLeaveGroup();
        api.MapListMembers();
        api.MapListPending();
        api.MapAcceptJoinRequest();
        api.MapDeclineJoinRequest();
        api.MapInviteMember();
        api.MapRemoveMember();
        api.MapChangeMemberRole();
        api.MapTransferOwnership();
        api.MapCreatePost();
        api.MapDeletePost();
        api.MapGetGroupFeed();
        api.MapGetLeaderboard();
        api.MapCreateEvent();
        api.MapListEvents();
        api.MapGetEvent();
        api.MapUpdateEvent();
        api.MapCancelEvent();
        api.MapSetAttendance();
        return api;
    }
}
