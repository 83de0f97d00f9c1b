using FitnessApp.Modules.Accounts.Contracts.Profiles;
using MediatR;

namespace FitnessApp.Modules.Shop.Reviews;

/// <summary>A published review as shoppers see it.</summary>
internal sealed record ReviewResponse(Guid Id, Guid ProductId, string AuthorName, int Rating, string? Title, string Text, DateTime CreatedAt, DateTime UpdatedAt)
{
    public bool Edited => UpdatedAt > CreatedAt;
}

/// <summary>The authors' display names through Accounts' contract; an author Accounts no longer knows is shown as "—".</summary>
internal static class ReviewAuthors
{
    public const string Unknown = "—";

    public static async Task<IReadOnlyDictionary<Guid, string>> NamesAsync(IMediator mediator, IEnumerable<Guid> authorIds, CancellationToken cancellationToken)
    {
        var ids = authorIds.Distinct().ToList();
        if (ids.Count == 0)
        {
            return new Dictionary<Guid, string>();
        }

        var profiles = await mediator.Send(new GetAthleteProfiles(ids), cancellationToken);
        return profiles.ToDictionary(p => p.UserId, p => p.DisplayName);
    }

    public static string Of(IReadOnlyDictionary<Guid, string> names, Guid authorId) => names.GetValueOrDefault(authorId) ?? Unknown;
}
