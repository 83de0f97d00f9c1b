namespace FitnessApp.Modules.Social.Moderation;

/// <summary>
/// How moderation reaches one kind of reportable thing; each Social area that owns such a thing registers one
/// (<c>services.AddScoped&lt;IModerationTarget, X&gt;()</c>). Hiding is reversible and never deletes.
/// </summary>
internal interface IModerationTarget
{
    ReportTarget Kind { get; }

    /// <summary>The author or owner of the thing, or null when it does not exist (or may not be seen by <paramref name="viewerId"/>).</summary>
    Task<Guid?> OwnerAsync(Guid id, Guid viewerId, CancellationToken cancellationToken);

    /// <summary>A one-line description for the operators' queue (a comment's text, a group's name).</summary>
    Task<string?> DescribeAsync(Guid id, CancellationToken cancellationToken);

    Task HideAsync(Guid id, DateTime at, CancellationToken cancellationToken);

    Task UnhideAsync(Guid id, CancellationToken cancellationToken);
}
