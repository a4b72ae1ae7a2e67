using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using StatusCodes.Definitions.Schema;
using StatusCodes.Tool.Tests.Infrastructure;

namespace StatusCodes.Tool.Tests;

public class LintTests
{
    private const string Valid = """
        locales: [en-US, zh-CN]
        sets:
          - name: PaymentStatus
            codes:
              - code: 1
                name: Approved
                title:
                  en-US: Approved
                  zh-CN: 已批准
        """;

    [Fact]
    public async Task Built_in_definitions_have_no_findings_and_full_coverage()
    {
        var run = await ToolRunner.RunAsync("lint", RepoPaths.Definitions);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(string.Empty, run.Stdout);
        Assert.Contains("7 files, 10 sets, 119 codes: 0 errors, 0 warnings.", run.Stderr);
        foreach (var locale in new[] { "en-US", "zh-CN", "zh-TW" })
        {
            Assert.Contains("  " + locale + "  258/258  100.0%", run.Stderr);
        }
    }

    [Fact]
    public async Task Findings_are_the_parsers_own_in_the_canonical_format_with_the_path_as_given()
    {
        using var temp = new TempFolder();
        var text = """
            locales: [en-US]
            sets:
              - name: Bad Name
                codes:
                  - code: 1
                    name: One
                    titel: One
            """;
        var file = temp.Write("bad.codes.yaml", text);
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), file);

        var run = await ToolRunner.RunAsync("lint", relative);

        var expected = DefinitionParser.Parse(relative, text).Diagnostics.Select(d => d.ToString()).ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, Lines(run.Stdout));
        Assert.All(Lines(run.Stdout), line => Assert.StartsWith(relative + "(", line));
        Assert.Contains(relative + "(3,11): error SCG0101: 'Bad Name' is not a valid C# identifier for a set name. Use a name such as 'BadName'.", Lines(run.Stdout));
        Assert.Equal(1, run.ExitCode);
    }

    [Fact]
    public async Task Malformed_yaml_is_SCG0001_and_exit_1()
    {
        using var temp = new TempFolder();
        var file = temp.Write("broken.codes.yaml", "locales: [en-US\nsets: {\n");

        var run = await ToolRunner.RunAsync("lint", file);

        Assert.Equal(1, run.ExitCode);
        var line = Assert.Single(Lines(run.Stdout));
        Assert.Matches(@"broken\.codes\.yaml\(\d+,\d+\): error SCG0001: The definition file is not valid YAML: ", line);
        Assert.Contains("1 error", run.Stderr);
    }

    [Fact]
    public async Task Warnings_alone_pass_unless_warnings_are_errors()
    {
        using var temp = new TempFolder();
        var file = temp.Write("partial.codes.yaml", Valid.Replace("\n          zh-CN: 已批准", string.Empty));

        var lenient = await ToolRunner.RunAsync("lint", file);
        var strict = await ToolRunner.RunAsync("lint", file, "--warnings-as-errors");

        Assert.Equal(0, lenient.ExitCode);
        Assert.Contains("warning SCG0203: The title of code 1 'Approved' has no text in locale 'zh-CN'", lenient.Stdout);
        Assert.Contains("  zh-CN  0/1  0.0%  (1 missing)", lenient.Stderr);
        Assert.Equal(1, strict.ExitCode);
    }

    [Fact]
    public async Task Cross_file_findings_point_at_the_set_like_the_build_does()
    {
        using var temp = new TempFolder();
        var first = temp.Write("a.codes.yaml", Valid);
        var second = temp.Write("b.codes.yaml", "# the same set again\n" + Valid);

        var run = await ToolRunner.RunAsync("lint", temp.Path);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(
            second + "(4,11): error SCG0104: A set named 'PaymentStatus' is already defined in namespace '(default)' by '" + first + "'. Rename one of the sets.",
            Assert.Single(Lines(run.Stdout)));
    }

    [Fact]
    public async Task Lint_checks_the_files_it_is_given_without_adding_the_built_in_definitions()
    {
        using var temp = new TempFolder();
        var probe = temp.Write("probe.codes.yaml", "locales: [en-US]\ngroup: Probe\nsets:\n  - name: WebProbeStatus\n    fallback: HttpStatus\n    codes:\n      - { code: 1, name: Up, title: Up }\n");

        var alone = await ToolRunner.RunAsync("lint", probe);
        var withHttp = await ToolRunner.RunAsync("lint", probe, Path.Combine(RepoPaths.Definitions, "http.codes.yaml"));

        Assert.Equal(1, alone.ExitCode);
        Assert.Equal(
            probe + "(5,15): error SCG0111: Set 'WebProbeStatus' falls back to 'HttpStatus', but no set of that name is defined. Name an existing set or remove 'fallback'.",
            Assert.Single(Lines(alone.Stdout)));
        Assert.True(withHttp.ExitCode == 0, withHttp.ToString());
        Assert.Equal(string.Empty, withHttp.Stdout);
    }

    [Fact]
    public async Task A_namespace_option_names_the_namespace_in_cross_file_findings()
    {
        using var temp = new TempFolder();
        temp.Write("a.codes.yaml", Valid);
        temp.Write("b.codes.yaml", Valid);

        var run = await ToolRunner.RunAsync("lint", temp.Path, "--namespace", "Contoso.Payments");

        Assert.Contains("in namespace 'Contoso.Payments'", run.Stdout);
    }

    [Fact]
    public async Task Folders_contribute_every_definition_file_below_them_and_nothing_else()
    {
        using var temp = new TempFolder();
        temp.Write("one.codes.yaml", Valid);
        temp.Write("nested/deeper/two.codes.yml", Valid.Replace("PaymentStatus", "RefundStatus"));
        temp.Write("notes.yaml", "not: [a definition");
        temp.Write(".hidden/three.codes.yaml", "broken: [");

        var run = await ToolRunner.RunAsync("lint", temp.Path);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("2 files, 2 sets, 2 codes", run.Stderr);
    }

    [Fact]
    public async Task Json_output_has_diagnostics_coverage_and_summary()
    {
        using var temp = new TempFolder();
        var file = temp.Write("partial.codes.yaml", Valid.Replace("\n          zh-CN: 已批准", string.Empty) + "\n        reference: not-a-link\n");

        var run = await ToolRunner.RunAsync("lint", "--format", "json", file);

        Assert.Equal(1, run.ExitCode);
        using var json = JsonDocument.Parse(run.Stdout);
        var root = json.RootElement;
        Assert.Equal(1, root.GetProperty("version").GetInt32());
        var diagnostics = root.GetProperty("diagnostics").EnumerateArray().ToList();
        var error = diagnostics.Single(d => d.GetProperty("id").GetString() == "SCG0114");
        Assert.Equal("error", error.GetProperty("severity").GetString());
        Assert.Equal(file, error.GetProperty("path").GetString());
        Assert.Equal(9, error.GetProperty("line").GetInt32());
        Assert.Equal(20, error.GetProperty("column").GetInt32());
        Assert.Equal(file + "(9,20): error SCG0114: " + error.GetProperty("message").GetString(), error.GetProperty("text").GetString());
        Assert.EndsWith("#scg0114", error.GetProperty("helpLink").GetString());
        Assert.Contains(diagnostics, d => d.GetProperty("id").GetString() == "SCG0203" && d.GetProperty("severity").GetString() == "warning");

        var coverage = root.GetProperty("coverage").EnumerateArray().ToDictionary(c => c.GetProperty("locale").GetString()!);
        Assert.Equal(1, coverage["en-US"].GetProperty("present").GetInt32());
        Assert.Equal(0, coverage["zh-CN"].GetProperty("present").GetInt32());
        Assert.Equal(1, coverage["zh-CN"].GetProperty("missing").GetInt32());

        var summary = root.GetProperty("summary");
        Assert.Equal(1, summary.GetProperty("errors").GetInt32());
        Assert.Equal(1, summary.GetProperty("warnings").GetInt32());
        var fileEntry = Assert.Single(root.GetProperty("files").EnumerateArray());
        Assert.Equal(1, fileEntry.GetProperty("codes").GetInt32());
        Assert.DoesNotContain("coverage", run.Stderr);
    }

    [Fact]
    public async Task A_path_that_does_not_exist_is_a_usage_error()
    {
        var run = await ToolRunner.RunAsync("lint", Path.Combine(Path.GetTempPath(), "no-such-file.codes.yaml"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("does not exist", run.Stderr);
        Assert.Equal(string.Empty, run.Stdout);
    }

    private static string[] Lines(string text) => text.Replace("\r\n", "\n").Split('\n', System.StringSplitOptions.RemoveEmptyEntries);
}
