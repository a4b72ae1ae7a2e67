using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using StatusCodes.Definitions.Diagnostics;

namespace StatusCodes.Tool.Lint;

/// <summary>
/// Writes a <see cref="LintReport"/> as SARIF 2.1.0, the format code-scanning services read: one
/// run, the tool as its driver with one rule per SCG ID, and one result per finding with its level,
/// message and location (a URI relative to <c>workingFolder</c>, one-based lines and columns).
/// </summary>
internal static class LintSarifWriter
{
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";

    public static string Write(LintReport report, string workingFolder)
    {
        var rules = DefinitionDiagnostics.All.OrderBy(d => d.Id, StringComparer.Ordinal).ToList();
        var ruleIndex = rules.Select((rule, index) => (rule.Id, index)).ToDictionary(r => r.Id, r => r.index, StringComparer.Ordinal);

        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("$schema", SchemaUri);
            json.WriteString("version", "2.1.0");
            json.WriteStartArray("runs");
            json.WriteStartObject();

            json.WriteStartObject("tool");
            json.WriteStartObject("driver");
            json.WriteString("name", "statuscodes");
            json.WriteString("semanticVersion", ToolVersion());
            json.WriteString("informationUri", DiagnosticIds.HelpLinkBase);
            json.WriteStartArray("rules");
            foreach (var rule in rules)
            {
                WriteRule(json, rule);
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();

            json.WriteString("columnKind", "utf16CodeUnits");
            json.WriteStartArray("results");
            foreach (var diagnostic in report.Diagnostics)
            {
                WriteResult(json, diagnostic, ruleIndex, workingFolder);
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void WriteRule(Utf8JsonWriter json, DiagnosticDescriptorInfo rule)
    {
        json.WriteStartObject();
        json.WriteString("id", rule.Id);
        json.WriteString("name", RuleName(rule.Title));
        json.WriteStartObject("shortDescription");
        json.WriteString("text", rule.Title);
        json.WriteEndObject();
        json.WriteString("helpUri", rule.HelpLink);
        json.WriteStartObject("defaultConfiguration");
        json.WriteString("level", Level(rule.Severity));
        json.WriteEndObject();
        json.WriteStartObject("properties");
        json.WriteString("category", rule.Category);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteResult(Utf8JsonWriter json, DiagnosticInfo diagnostic, IReadOnlyDictionary<string, int> ruleIndex, string workingFolder)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", diagnostic.Id);
        if (ruleIndex.TryGetValue(diagnostic.Id, out var index))
        {
            json.WriteNumber("ruleIndex", index);
        }

        json.WriteString("level", Level(diagnostic.Severity));
        json.WriteStartObject("message");
        json.WriteString("text", diagnostic.GetMessage());
        json.WriteEndObject();
        if (diagnostic.Location is { } location)
        {
            json.WriteStartArray("locations");
            json.WriteStartObject();
            json.WriteStartObject("physicalLocation");
            json.WriteStartObject("artifactLocation");
            json.WriteString("uri", RelativeUri(location.Path, workingFolder));
            json.WriteEndObject();
            json.WriteStartObject("region");
            json.WriteNumber("startLine", location.StartLine + 1);
            json.WriteNumber("startColumn", location.StartColumn + 1);
            if (location.EndLine > location.StartLine || location.EndColumn > location.StartColumn)
            {
                json.WriteNumber("endLine", location.EndLine + 1);
                json.WriteNumber("endColumn", location.EndColumn + 1);
            }

            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndArray();
        }

        json.WriteEndObject();
    }

    /// <summary>The path relative to the working folder, with '/' separators and each segment escaped as a URI requires.</summary>
    internal static string RelativeUri(string path, string workingFolder)
    {
        var relative = Path.GetRelativePath(workingFolder, Path.GetFullPath(path, workingFolder));
        if (Path.IsPathRooted(relative))
        {
            return new Uri(relative).AbsoluteUri;
        }

        return string.Join("/", relative.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar).Select(Uri.EscapeDataString));
    }

    /// <summary>A rule's name in SARIF's PascalCase style: "Unknown key" → "UnknownKey".</summary>
    private static string RuleName(string title)
    {
        var builder = new StringBuilder(title.Length);
        foreach (var word in title.Split(new[] { ' ', '-', '/', '(', ')', ',', '.', '\'' }, StringSplitOptions.RemoveEmptyEntries))
        {
            builder.Append(char.ToUpperInvariant(word[0])).Append(word, 1, word.Length - 1);
        }

        return builder.ToString();
    }

    private static string Level(DefinitionSeverity severity) => severity switch
    {
        DefinitionSeverity.Error => "error",
        DefinitionSeverity.Warning => "warning",
        _ => "note",
    };

    private static string ToolVersion()
    {
        var version = typeof(LintSarifWriter).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
        var plus = version.IndexOf('+', StringComparison.Ordinal);
        return plus < 0 ? version : version.Substring(0, plus);
    }
}
