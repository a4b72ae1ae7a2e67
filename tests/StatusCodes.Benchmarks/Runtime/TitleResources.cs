using System;
using System.Globalization;
using System.IO;
using System.Resources;
using System.Text;
using System.Xml;

// The neutral resources are en-US, so that culture reads them without probing for a satellite.
[assembly: NeutralResourcesLanguage("en-US")]

namespace StatusCodesBenchmarks.Runtime;

/// <summary>
/// The .resx peer: Resources/Titles.resx (en-US, the neutral resources), Titles.zh-CN.resx and
/// Titles.zh-TW.resx hold the title of every HttpStatus code, one entry per code. They are written
/// from the generated tables (<c>dotnet run -- write-resx</c>), so both sides hold the same texts,
/// and <see cref="Verify"/> checks that they still do before anything is measured.
/// </summary>
public static class TitleResources
{
    public const string BaseName = "StatusCodesBenchmarks.Resources.Titles";

    private static readonly (string Suffix, StatusLocale Locale)[] Files =
    {
        (string.Empty, StatusLocale.EnUS),
        (".zh-CN", StatusLocale.ZhCN),
        (".zh-TW", StatusLocale.ZhTW),
    };

    public static ResourceManager CreateManager() => new(BaseName, typeof(TitleResources).Assembly);

    public static string Key(int code) => "Status" + code.ToString(CultureInfo.InvariantCulture);

    /// <summary>Writes the three .resx files into <paramref name="directory"/>.</summary>
    public static void Write(string directory)
    {
        foreach (var (suffix, locale) in Files)
        {
            var path = Path.Combine(directory, "Titles" + suffix + ".resx");
            var settings = new XmlWriterSettings { Indent = true, NewLineChars = "\n", Encoding = new UTF8Encoding(false) };
            using var writer = XmlWriter.Create(path, settings);
            writer.WriteStartElement("root");
            WriteHeader(writer, "resmimetype", "text/microsoft-resx");
            WriteHeader(writer, "version", "2.0");
            WriteHeader(writer, "reader", "System.Resources.ResXResourceReader, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089");
            WriteHeader(writer, "writer", "System.Resources.ResXResourceWriter, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089");
            foreach (var status in HttpStatusExtensions.GetValues())
            {
                writer.WriteStartElement("data");
                writer.WriteAttributeString("name", Key((int)status));
                writer.WriteAttributeString("xml", "space", null, "preserve");
                writer.WriteElementString("value", status.GetTitle(locale));
                writer.WriteEndElement();
            }

            writer.WriteEndElement();
            writer.Flush();
            Console.WriteLine("wrote " + path);
        }
    }

    /// <summary>Throws unless the resources give every code the generated title in every locale.</summary>
    public static void Verify(ResourceManager resources)
    {
        foreach (var (_, locale) in Files)
        {
            var culture = LookupInput.Locales[(int)locale];
            foreach (var status in HttpStatusExtensions.GetValues())
            {
                var expected = status.GetTitle(locale);
                var actual = resources.GetString(Key((int)status), culture);
                if (!string.Equals(expected, actual, StringComparison.Ordinal))
                {
                    throw new InvalidOperationException(
                        $"Titles.resx is stale: {Key((int)status)} in {culture.Name} is '{actual}', the generated title is '{expected}'. Run `dotnet run -c Release --project tests/StatusCodes.Benchmarks -- write-resx`.");
                }
            }
        }
    }

    private static void WriteHeader(XmlWriter writer, string name, string value)
    {
        writer.WriteStartElement("resheader");
        writer.WriteAttributeString("name", name);
        writer.WriteElementString("value", value);
        writer.WriteEndElement();
    }
}
