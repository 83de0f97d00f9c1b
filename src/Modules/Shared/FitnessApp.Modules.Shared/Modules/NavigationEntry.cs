namespace FitnessApp.Modules.Shared.Modules;

/// <summary>
/// A link in the portal's sidebar. Modules declare theirs on <see cref="IModule.Navigation"/>; the host
/// registers its own (operators' pages) as <see cref="NavigationEntry"/> services. The title is the key
/// <paramref name="TitleKey"/> in the resources of <paramref name="TextResource"/> (read through
/// <c>IStringLocalizerFactory.Create</c>), so each owner localizes its own entries. An entry is shown to
/// signed-in users who satisfy <paramref name="Policy"/> (every signed-in user when null).
/// </summary>
public sealed record NavigationEntry(string Path, string TitleKey, Type TextResource, string Icon, string? Policy = null);
