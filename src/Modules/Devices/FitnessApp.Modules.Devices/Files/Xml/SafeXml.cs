using System.Xml;

namespace FitnessApp.Modules.Devices.Files.Xml;

/// <summary>
/// The only way Devices opens XML: no DTD (so no entity expansion bombs and no external entities), no resolver,
/// a bounded document, and every reader failure turned into an <see cref="ActivityFileException"/>.
/// </summary>
internal static class SafeXml
{
    public static T Read<T>(Stream file, XmlLimits limits, Func<XmlReader, T> read)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersInDocument = limits.MaxCharacters,
            MaxCharactersFromEntities = 1024,
            IgnoreComments = true,
            IgnoreWhitespace = true,
            IgnoreProcessingInstructions = true,
            CloseInput = false,
        };
        try
        {
            using var reader = XmlReader.Create(file, settings);
            return read(reader);
        }
        catch (XmlException e) when (e.Message.Contains("DTD", StringComparison.Ordinal))
        {
            throw new ActivityFileException("xml.dtdProhibited", "The file declares a DTD (document type definition); activity files never need one, and it is refused for safety.");
        }
        catch (XmlException e) when (e.Message.Contains("MaxCharacters", StringComparison.Ordinal))
        {
            throw new ActivityFileException("xml.tooLarge", $"The XML document is larger than the {limits.MaxCharacters:N0} characters allowed.");
        }
        catch (XmlException e)
        {
            throw new ActivityFileException("xml.malformed", $"The file is not well-formed XML (line {e.LineNumber}, position {e.LinePosition}).");
        }
        catch (System.Text.DecoderFallbackException)
        {
            throw new ActivityFileException("xml.malformed", "The file is not well-formed XML: its text encoding is broken.");
        }
    }

    /// <summary>Moves to the root element and checks its local name (namespace-agnostic).</summary>
    public static void ExpectRoot(XmlReader reader, string localName, string format)
    {
        if (reader.MoveToContent() != XmlNodeType.Element || reader.LocalName != localName)
        {
            throw new ActivityFileException("file.notClaimedFormat", $"The file is XML but not {format}: its root element is <{reader.LocalName}>, not <{localName}>.");
        }
    }

    public static void CheckDepth(XmlReader reader, XmlLimits limits)
    {
        if (reader.Depth > limits.MaxDepth)
        {
            throw new ActivityFileException("xml.tooLarge", $"The XML document nests elements deeper than {limits.MaxDepth} levels.");
        }
    }

    /// <summary>Like <see cref="XmlReader.Skip"/>, but every skipped element still counts against the depth limit.</summary>
    public static void Skip(XmlReader reader, XmlLimits limits)
    {
        if (reader.IsEmptyElement)
        {
            reader.Read();
            return;
        }

        var depth = reader.Depth;
        while (reader.Read() && !(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth))
        {
            if (reader.NodeType == XmlNodeType.Element)
            {
                CheckDepth(reader, limits);
            }
        }

        reader.Read();
    }
}
