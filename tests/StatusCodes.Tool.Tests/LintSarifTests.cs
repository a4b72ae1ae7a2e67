using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using StatusCodes.Definitions.Diagnostics;
using StatusCodes.Tool.Tests.Infrastructure;

namespace StatusCodes.Tool.Tests;

/// <summary><c>lint --format sarif</c>: SARIF 2.1.0 that code-scanning services accept.</summary>
public class LintSarifTests
{
    private const string Broken = """
        locales: [en-US]
        sets:
          - name: Bad Name
            codes:
              - code: 1
                name: One
                titel: One
        """;

    [Fact]
    public async Task Findings_become_results_with_rule_level_message_and_a_relative_location()
    {
        using var temp = new TempFolder();
        var file = temp.Write("bad.codes.yaml", Broken);

        var run = await ToolRunner.RunAsync("lint", file, "--format", "sarif");
        var text = await ToolRunner.RunAsync("lint", file);

        Assert.Equal(1, run.ExitCode);
        using var sarif = JsonDocument.Parse(run.Stdout);
        var root = sarif.RootElement;
        Assert.Equal("2.1.0", root.GetProperty("version").GetString());
        Assert.Equal("https://json.schemastore.org/sarif-2.1.0.json", root.GetProperty("$schema").GetString());
        var onlyRun = Assert.Single(root.GetProperty("runs").EnumerateArray());
        var driver = onlyRun.GetProperty("tool").GetProperty("driver");
        Assert.Equal("statuscodes", driver.GetProperty("name").GetString());

        var rules = driver.GetProperty("rules").EnumerateArray().ToList();
        Assert.Equal(DefinitionDiagnostics.All.Select(d => d.Id).OrderBy(id => id, StringComparer.Ordinal), rules.Select(r => r.GetProperty("id").GetString()));
        var unknownKey = rules.Single(r => r.GetProperty("id").GetString() == "SCG0002");
        Assert.Equal("UnknownKey", unknownKey.GetProperty("name").GetString());
        Assert.Equal("Unknown key", unknownKey.GetProperty("shortDescription").GetProperty("text").GetString());
        Assert.Equal(DiagnosticIds.HelpLinkBase + "#scg0002", unknownKey.GetProperty("helpUri").GetString());
        Assert.Equal("error", unknownKey.GetProperty("defaultConfiguration").GetProperty("level").GetString());

        var results = onlyRun.GetProperty("results").EnumerateArray().ToList();
        var textLines = text.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(textLines.Length, results.Count);
        var uri = string.Join("/", Path.GetRelativePath(Directory.GetCurrentDirectory(), file).Split(Path.DirectorySeparatorChar).Select(Uri.EscapeDataString));
        foreach (var (result, line) in results.Zip(textLines))
        {
            var ruleId = result.GetProperty("ruleId").GetString()!;
            Assert.Equal(ruleId, rules[result.GetProperty("ruleIndex").GetInt32()].GetProperty("id").GetString());
            var location = result.GetProperty("locations")[0].GetProperty("physicalLocation");
            Assert.Equal(uri, location.GetProperty("artifactLocation").GetProperty("uri").GetString());
            var region = location.GetProperty("region");
            var shown = file + "(" + region.GetProperty("startLine").GetInt32() + "," + region.GetProperty("startColumn").GetInt32() + "): "
                + result.GetProperty("level").GetString() + " " + ruleId + ": " + result.GetProperty("message").GetProperty("text").GetString();
            Assert.Equal(line, shown);
        }

        var identifier = results.Single(r => r.GetProperty("ruleId").GetString() == "SCG0101");
        Assert.Equal("'Bad Name' is not a valid C# identifier for a set name. Use a name such as 'BadName'.", identifier.GetProperty("message").GetProperty("text").GetString());
        var region0101 = identifier.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region");
        Assert.Equal((3, 11), (region0101.GetProperty("startLine").GetInt32(), region0101.GetProperty("startColumn").GetInt32()));
        AssertSchemaRequiredProperties(root);
    }

    [Fact]
    public async Task Warnings_are_warnings_infos_are_notes_and_a_clean_file_has_no_results()
    {
        using var temp = new TempFolder();
        var empty = temp.Write("empty.codes.yaml", "locales: [en-US]\nsets: []\n");
        var clean = RepoPaths.Definitions;

        var warned = await ToolRunner.RunAsync("lint", empty, "--format", "sarif");
        var none = await ToolRunner.RunAsync("lint", clean, "--format", "sarif");

        Assert.Equal(0, warned.ExitCode);
        using var warnedSarif = JsonDocument.Parse(warned.Stdout);
        var result = Assert.Single(warnedSarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray());
        Assert.Equal("SCG0008", result.GetProperty("ruleId").GetString());
        Assert.Equal("warning", result.GetProperty("level").GetString());
        AssertSchemaRequiredProperties(warnedSarif.RootElement);

        Assert.Equal(0, none.ExitCode);
        using var noneSarif = JsonDocument.Parse(none.Stdout);
        Assert.Empty(noneSarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray());
        var infoRule = noneSarif.RootElement.GetProperty("runs")[0].GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray()
            .First(r => DefinitionDiagnostics.All.Single(d => d.Id == r.GetProperty("id").GetString()).Severity == DefinitionSeverity.Info);
        Assert.Equal("note", infoRule.GetProperty("defaultConfiguration").GetProperty("level").GetString());
    }

    [Fact]
    public void Paths_outside_ascii_are_escaped_segment_by_segment()
    {
        var folder = Path.Combine(Path.GetTempPath(), "work");

        Assert.Equal("defs/%E6%94%AF%E4%BB%98%20codes.codes.yaml", Lint.LintSarifWriter.RelativeUri(Path.Combine(folder, "defs", "支付 codes.codes.yaml"), folder));
        Assert.Equal("../other/a%23b.codes.yaml", Lint.LintSarifWriter.RelativeUri(Path.Combine(Path.GetTempPath(), "other", "a#b.codes.yaml"), folder));
    }

    /// <summary>
    /// The properties the SARIF 2.1.0 schema requires of each object this writer emits
    /// (sarifLog, run, tool, toolComponent, reportingDescriptor, multiformatMessageString, result,
    /// message, location, physicalLocation, artifactLocation, region), and the value rules on them.
    /// </summary>
    private static void AssertSchemaRequiredProperties(JsonElement log)
    {
        Require(log, "sarifLog", "version", "runs");
        Assert.Equal("2.1.0", log.GetProperty("version").GetString());
        foreach (var run in log.GetProperty("runs").EnumerateArray())
        {
            Require(run, "run", "tool");
            var driver = run.GetProperty("tool").GetProperty("driver");
            Require(driver, "toolComponent", "name");
            var ids = new HashSet<string>(StringComparer.Ordinal);
            foreach (var rule in driver.GetProperty("rules").EnumerateArray())
            {
                Require(rule, "reportingDescriptor", "id");
                Assert.True(ids.Add(rule.GetProperty("id").GetString()!), "rule ids are unique");
                Require(rule.GetProperty("shortDescription"), "multiformatMessageString", "text");
                Assert.True(Uri.IsWellFormedUriString(rule.GetProperty("helpUri").GetString(), UriKind.Absolute));
                Assert.Contains(rule.GetProperty("defaultConfiguration").GetProperty("level").GetString(), new[] { "none", "note", "warning", "error" });
            }

            Assert.Contains(run.GetProperty("columnKind").GetString(), new[] { "utf16CodeUnits", "unicodeCodePoints" });
            foreach (var result in run.GetProperty("results").EnumerateArray())
            {
                Require(result, "result", "message");
                Assert.True(result.GetProperty("message").TryGetProperty("text", out _) || result.GetProperty("message").TryGetProperty("id", out _), "message has text or id");
                Assert.Contains(result.GetProperty("level").GetString(), new[] { "none", "note", "warning", "error" });
                Assert.True(result.GetProperty("ruleIndex").GetInt32() >= 0);
                foreach (var location in result.GetProperty("locations").EnumerateArray())
                {
                    var physical = location.GetProperty("physicalLocation");
                    Assert.True(physical.TryGetProperty("artifactLocation", out var artifact) || physical.TryGetProperty("address", out _), "physicalLocation has artifactLocation or address");
                    Assert.True(Uri.IsWellFormedUriString(artifact.GetProperty("uri").GetString(), UriKind.RelativeOrAbsolute));
                    var region = physical.GetProperty("region");
                    Assert.True(region.GetProperty("startLine").GetInt32() >= 1 && region.GetProperty("startColumn").GetInt32() >= 1);
                    if (region.TryGetProperty("endLine", out var endLine))
                    {
                        Assert.True(endLine.GetInt32() >= region.GetProperty("startLine").GetInt32());
                    }
                }
            }
        }
    }

    private static void Require(JsonElement element, string type, params string[] properties)
    {
        Assert.Equal(JsonValueKind.Object, element.ValueKind);
        foreach (var property in properties)
        {
            Assert.True(element.TryGetProperty(property, out _), type + " requires '" + property + "'");
        }
    }
}
