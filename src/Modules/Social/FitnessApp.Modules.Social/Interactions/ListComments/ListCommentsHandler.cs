using FitnessApp.Modules.Shared.Contracts.Paging;
using MediatR;

namespace FitnessApp.Modules.Social.Interactions.ListComments;

internal sealed class ListCommentsHandler(ActivityAccess access, CommentReader comments) : IRequestHandler<ListComments, Page<CommentResponse>>
{
    public async Task<Page<CommentResponse>> Handle(ListComments request, CancellationToken cancellationToken)
    {
        var activity = await access.RequireAsync(request.ActivityId, request.ViewerId, cancellationToken);
        return await comments.PageAsync(activity, request.ViewerId, request.Cursor, request.Limit, cancellationToken);
    }
}
