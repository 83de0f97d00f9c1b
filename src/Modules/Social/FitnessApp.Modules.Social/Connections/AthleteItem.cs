namespace FitnessApp.Modules.Social.Connections;

/// <summary>One athlete in a list (followers, requests, search results), with how the viewer follows them.</summary>
internal sealed record AthleteItem(Guid Id, string DisplayName, string? AvatarUrl, string? City, Relation Relation);
