using System.Globalization;
using System.Text.RegularExpressions;
using FitnessApp.Host.Portal;

namespace FitnessApp.BrowserTests.Localization;

/// <summary>Every visible text of the shell, the account pages and the jobs dashboard exists in English and in Russian.</summary>
public sealed partial class ResourceTests
{
    [Fact]
    public void Given_the_portal_resources_Then_every_English_text_has_a_Russian_translation_and_no_other()
    {
        foreach (var (name, resources, _) in PortalResources.Files)
        {
            var english = PortalResources.Texts(resources, PortalResources.English);
            var russian = PortalResources.Texts(resources, PortalResources.Russian);

            english.Keys.Except(russian.Keys).ShouldBeEmpty($"{name}: English texts without a Russian translation");
            russian.Keys.Except(english.Keys).ShouldBeEmpty($"{name}: Russian texts without an English original");
            russian.Where(text => string.IsNullOrWhiteSpace(text.Value)).ShouldBeEmpty($"{name}: empty Russian texts");
        }
    }

    [Fact]
    public void Given_the_components_Then_every_text_key_they_read_exists_in_their_resources()
    {
        var root = PortalResources.RepositoryRoot();
        foreach (var (name, resources, folder) in PortalResources.Files.Where(file => file.ComponentsFolder is not null))
        {
            var texts = PortalResources.Texts(resources, PortalResources.English);
            // A subfolder registered with its own resources (e.g. Accounts' Pages/Profile) reads those, not the parent's.
            var nested = PortalResources.Files.Select(file => file.ComponentsFolder)
                .Where(other => other is not null && other.StartsWith(folder + "/", StringComparison.Ordinal))
                .Select(other => Path.Combine(root, other!) + Path.DirectorySeparatorChar)
                .ToList();
            var used = Directory.EnumerateFiles(Path.Combine(root, folder!), "*.razor", SearchOption.AllDirectories)
                .Where(file => !nested.Any(other => file.StartsWith(other, StringComparison.Ordinal)))
                .SelectMany(file => LiteralKey().Matches(File.ReadAllText(file)).Select(match => match.Groups["key"].Value))
                .Distinct()
                .ToList();

            used.ShouldNotBeEmpty($"{name}: no T[\"…\"] found under {folder}");
            used.Where(key => !texts.ContainsKey(key)).ShouldBeEmpty($"{name}: keys read by components but missing from the resources");
        }
    }

    [Fact]
    public void Given_the_portal_resources_Then_every_Russian_text_has_the_placeholders_of_its_English_original()
    {
        foreach (var (name, resources, _) in PortalResources.Files)
        {
            var english = PortalResources.Texts(resources, PortalResources.English);
            var russian = PortalResources.Texts(resources, PortalResources.Russian);

            english.Keys.Intersect(russian.Keys)
                .Where(key => !Placeholders(english[key]).SequenceEqual(Placeholders(russian[key])))
                .ShouldBeEmpty($"{name}: Russian texts whose {{0}}-style placeholders differ from the English ones");
        }
    }

    [Fact]
    public void Given_the_jobs_dashboard_Then_every_trigger_state_and_run_result_it_shows_has_a_text()
    {
        // The page reads these keys as T[$"Jobs_State_{state}"] and T[$"Jobs_Result_{result}"], which the key scan cannot see.
        var jobs = PortalResources.Files.Single(file => file.Name == "JobsText").Resources;
        foreach (var culture in new[] { PortalResources.English, PortalResources.Russian })
        {
            var texts = PortalResources.Texts(jobs, culture);
            var keys = Enum.GetNames<Quartz.TriggerState>().Select(state => $"Jobs_State_{state}")
                .Concat(Enum.GetNames<Quartz.JobRunResult>().Select(result => $"Jobs_Result_{result}"));

            keys.Where(key => !texts.ContainsKey(key)).ShouldBeEmpty($"JobsText: state and result texts missing in {culture.Name}");
        }
    }

    [Theory]
    [InlineData("en")]
    [InlineData("ru")]
    public void Given_the_navigation_entries_Then_their_titles_and_descriptions_are_found_through_the_hosts_localizer(string culture)
    {
        var localizers = PortalResources.LocalizerFactory();
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            foreach (var entry in PortalResources.NavigationEntries)
            {
                var text = localizers.Create(entry.TextResource);
                text[entry.TitleKey].ResourceNotFound.ShouldBeFalse($"{entry.Path}: {entry.TitleKey} in {culture}");
                if (entry.Path != PortalPaths.Home)
                {
                    text[$"{entry.TitleKey}_Description"].ResourceNotFound.ShouldBeFalse($"{entry.Path}: {entry.TitleKey}_Description in {culture}");
                }
            }
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    [GeneratedRegex("""T\["(?<key>[A-Za-z0-9_]+)"[\],]""")]
    private static partial Regex LiteralKey();

    private static IEnumerable<string> Placeholders(string text) =>
        Placeholder().Matches(text).Select(match => match.Groups["index"].Value).Order(StringComparer.Ordinal);

    [GeneratedRegex("""\{(?<index>[0-9]+)[^}]*\}""")]
    private static partial Regex Placeholder();
}
