using FitnessApp.Modules.Shared.Contracts.Messaging;
using FitnessApp.Modules.Shared.Contracts.Paging;
using FluentValidation;

namespace FitnessApp.Modules.Social.Connections.ListConnections;

internal enum ConnectionList
{
    Followers,
    Following,
    Friends,
}

/// <summary>
/// An athlete's (the viewer's when <paramref name="UserId"/> is null) accepted followers, followed athletes or friends
/// (mutual follows), most recent first.
/// </summary>
internal sealed record ListConnections(Guid ViewerId, Guid? UserId, ConnectionList List, string? Cursor, int Limit) : IQuery<Page<AthleteItem>>;

internal sealed class ListConnectionsValidator : AbstractValidator<ListConnections>
{
    public ListConnectionsValidator()
    {
        RuleFor(q => q.UserId).Must(id => id != Guid.Empty).WithMessage("'userId' must be an athlete's id.");
        this.LimitAndCursor(q => q.Limit, q => q.Cursor);
    }
}
