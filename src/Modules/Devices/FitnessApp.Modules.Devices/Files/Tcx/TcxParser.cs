using System.Xml;
using FitnessApp.Modules.Devices.Files.Xml;

namespace FitnessApp.Modules.Devices.Files.Tcx;

/// <summary>
/// Garmin Training Center XML: one activity per &lt;Activity&gt;, its laps as the device summarised them and its
/// trackpoints (with the ActivityExtension v2 TPX speed, watts and run cadence). Totals are sums over laps.
/// </summary>
internal sealed class TcxParser(XmlLimits? limits = null) : IActivityFileParser
{
    public string Format => "tcx";

    public IReadOnlyList<ParsedActivity> Parse(Stream file, CancellationToken cancellationToken = default)
    {
        var effective = limits ?? XmlLimits.Default;
        var activities = SafeXml.Read(file, effective, reader => ReadActivities(reader, effective, cancellationToken));
        if (activities.Count == 0)
        {
            throw new ActivityFileException("tcx.noActivity", "There is no recorded activity in this TCX file (a course or workout plan is not an activity).");
        }

        var recorded = activities.Where(a => a.Samples.Count > 0).ToList();
        return recorded.Count > 0
            ? recorded
            : throw new ActivityFileException("tcx.noTrackpoints", "The TCX activity has no timed trackpoints, so there is nothing to import.");
    }

    private static List<ParsedActivity> ReadActivities(XmlReader reader, XmlLimits limits, CancellationToken cancellationToken)
    {
        SafeXml.ExpectRoot(reader, "TrainingCenterDatabase", "TCX");
        var activities = new List<ParsedActivity>();
        reader.Read();
        while (!reader.EOF)
        {
            if (reader.NodeType == XmlNodeType.Element)
            {
                SafeXml.CheckDepth(reader, limits);
                if (reader.LocalName == "Activity" && reader.Depth == 2)
                {
                    activities.Add(new TcxActivityReader(reader, activities.Count + 1, limits, cancellationToken).Read());
                    continue;
                }

                if (reader.LocalName is "Courses" or "Workouts" or "Author")
                {
                    SafeXml.Skip(reader, limits);
                    continue;
                }
            }

            reader.Read();
        }

        return activities;
    }
}
