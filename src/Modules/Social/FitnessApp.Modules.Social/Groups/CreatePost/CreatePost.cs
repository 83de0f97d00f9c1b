using System.Security.Claims;
using FitnessApp.Modules.Shared.Contracts.Messaging;
using FitnessApp.Modules.Shared.Security;
using FitnessApp.Modules.Social.Data;
using FitnessApp.Modules.Social.Domain;
using FitnessApp.Modules.Social.Feed;
using FitnessApp.Modules.Social.Feed.Publishing;
using FitnessApp.Modules.Social.Groups.Domain;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace FitnessApp.Modules.Social.Groups.CreatePost;

/// <summary>A member posts text to the group's feed; it reaches the members' main feeds too.</summary>
internal sealed record CreatePost(Guid GroupId, Guid UserId, string? Text) : ICommand<GroupFeedItem>;

internal sealed class CreatePostValidator : AbstractValidator<CreatePost>
{
    public CreatePostValidator() =>
        RuleFor(c => c.Text).Must(t => !string.IsNullOrWhiteSpace(t)).WithMessage("'text' is required.").MaximumLength(FeedPost.TextMaxLength);
}

internal sealed class CreatePostHandler(SocialDbContext db, GroupAccess access, GroupFeedPublisher publisher, AthleteDirectory athletes, TimeProvider clock) : IRequestHandler<CreatePost, GroupFeedItem>
{
    public async Task<GroupFeedItem> Handle(CreatePost request, CancellationToken cancellationToken)
    {
        var view = await access.FindAsMemberAsync(request.GroupId, request.UserId, cancellationToken);
        var post = GroupPosts.New(view.Group, request.UserId, Guid.CreateVersion7(), view.Group.Name, request.Text!.Trim(), null, clock.GetUtcNow().UtcDateTime);
        db.FeedPosts.Add(post);
        await publisher.PublishAsync(post, cancellationToken);
        var names = await athletes.NamesAsync([request.UserId], cancellationToken);
        return GroupFeedItem.From(post, names.GetValueOrDefault(request.UserId, string.Empty), isEvent: false, mayDelete: true);
    }
}

internal static class CreatePostEndpoint
{
    public sealed record Body(string? Text);

    public static void MapCreatePost(this IEndpointRouteBuilder api) =>
        api.MapPost(GroupRoutes.Group + "/posts", Handle)
            .WithName("CreateGroupPost")
            .WithSummary("Post text to the group's feed (members)")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<Created<GroupFeedItem>> Handle(Guid id, Body body, ClaimsPrincipal principal, IMediator mediator, CancellationToken cancellationToken)
    {
        var post = await mediator.Send(new CreatePost(id, principal.GetUserId(), body.Text), cancellationToken);
        return TypedResults.Created($"{GroupRoutes.Of(id)}/posts/{post.Id}", post);
    }
}
