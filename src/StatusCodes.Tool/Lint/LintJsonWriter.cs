using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using StatusCodes.Definitions.Diagnostics;

namespace StatusCodes.Tool.Lint;

/// <summary>Writes a <see cref="LintReport"/> as JSON (schema described in docs/tool.md).</summary>
internal static class LintJsonWriter
{
    public static string Write(LintReport report)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteNumber("version", 1);

            json.WriteStartArray("files");
            foreach (var file in report.Files)
            {
                json.WriteStartObject();
                json.WriteString("path", file.DisplayPath);
                json.WriteBoolean("parsed", file.Spec is not null);
                json.WriteNumber("sets", file.Spec?.Sets.Count ?? 0);
                json.WriteNumber("codes", file.Spec?.Sets.Sum(s => s.Codes.Count) ?? 0);
                json.WriteStartArray("locales");
                foreach (var locale in file.Spec?.Locales ?? default)
                {
                    json.WriteStringValue(locale);
                }

                json.WriteEndArray();
                json.WriteStartArray("coverage");
                if (file.Spec is not null)
                {
                    foreach (var coverage in TranslationCoverage.Measure(new[] { file.Spec }))
                    {
                        WriteCoverage(json, coverage);
                    }
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();

            json.WriteStartArray("diagnostics");
            foreach (var diagnostic in report.Diagnostics)
            {
                WriteDiagnostic(json, diagnostic);
            }

            json.WriteEndArray();

            json.WriteStartArray("coverage");
            foreach (var coverage in report.Coverage)
            {
                WriteCoverage(json, coverage);
            }

            json.WriteEndArray();

            json.WriteStartObject("summary");
            json.WriteNumber("files", report.Files.Count);
            json.WriteNumber("errors", report.Count(DefinitionSeverity.Error));
            json.WriteNumber("warnings", report.Count(DefinitionSeverity.Warning));
            json.WriteNumber("infos", report.Count(DefinitionSeverity.Info));
            json.WriteEndObject();

            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void WriteDiagnostic(Utf8JsonWriter json, DiagnosticInfo diagnostic)
    {
        json.WriteStartObject();
        json.WriteString("id", diagnostic.Id);
        json.WriteString("severity", SeverityName(diagnostic.Severity));
        json.WriteString("title", diagnostic.Descriptor.Title);
        json.WriteString("message", diagnostic.GetMessage());
        var location = diagnostic.Location;
        if (location is null)
        {
            json.WriteNull("path");
        }
        else
        {
            // One-based, as editors and the canonical text show them.
            json.WriteString("path", location.Path);
            json.WriteNumber("line", location.StartLine + 1);
            json.WriteNumber("column", location.StartColumn + 1);
            json.WriteNumber("endLine", location.EndLine + 1);
            json.WriteNumber("endColumn", location.EndColumn + 1);
        }

        json.WriteString("helpLink", diagnostic.Descriptor.HelpLink);
        json.WriteString("text", diagnostic.ToString());
        json.WriteEndObject();
    }

    private static void WriteCoverage(Utf8JsonWriter json, LocaleCoverage coverage)
    {
        json.WriteStartObject();
        json.WriteString("locale", coverage.Locale);
        json.WriteNumber("present", coverage.Present);
        json.WriteNumber("expected", coverage.Expected);
        json.WriteNumber("missing", coverage.Missing);
        json.WriteEndObject();
    }

    internal static string SeverityName(DefinitionSeverity severity) => severity switch
    {
        DefinitionSeverity.Error => "error",
        DefinitionSeverity.Warning => "warning",
        _ => "info",
    };
}
