using System.Collections.Concurrent;
using FitnessApp.Modules.Social.Moderation;

namespace FitnessApp.IntegrationTests.Social.Moderation;

/// <summary>Comments as the moderation tests need them: who wrote each, and which are hidden (the Comment area's own target replaced).</summary>
public sealed class FakeComments
{
    public ConcurrentDictionary<Guid, Guid> Authors { get; } = new();

    public ConcurrentDictionary<Guid, DateTime> Hidden { get; } = new();

    public Guid Add(Guid author)
    {
        var id = Guid.CreateVersion7();
        Authors[id] = author;
        return id;
    }
}

internal sealed class FakeCommentTarget(FakeComments comments) : IModerationTarget
{
    public ReportTarget Kind => ReportTarget.Comment;

    public Task<Guid?> OwnerAsync(Guid id, Guid viewerId, CancellationToken cancellationToken) =>
        Task.FromResult(comments.Authors.TryGetValue(id, out var author) && !comments.Hidden.ContainsKey(id) ? author : (Guid?)null);

    public Task<string?> DescribeAsync(Guid id, CancellationToken cancellationToken) => Task.FromResult<string?>($"comment {id}");

    public Task HideAsync(Guid id, DateTime at, CancellationToken cancellationToken)
    {
        comments.Hidden[id] = at;
        return Task.CompletedTask;
    }

    public Task UnhideAsync(Guid id, CancellationToken cancellationToken)
    {
        comments.Hidden.TryRemove(id, out _);
        return Task.CompletedTask;
    }
}
