using System.IO;
using System.Threading.Tasks;
using StatusCodes.Tool.Tests.Infrastructure;

namespace StatusCodes.Tool.Tests;

/// <summary>Malformed input: a clear error, a non-zero exit, and no output file (partial or not) left behind.</summary>
public class ImportFailureTests
{
    [Fact]
    public async Task A_document_without_a_table_of_codes_writes_nothing()
    {
        using var temp = new TempFolder();
        var document = temp.Write("prose.md", "# Status\n\nThere are no codes here, only 2 words and 10 more.\n");
        var output = temp.File("out/prose.codes.yaml");

        var run = await ToolRunner.RunAsync("import", document, "--locale", "en-US", "-o", output);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("found no table of codes in '" + document + "'", run.Stderr);
        Assert.Equal(string.Empty, run.Stdout);
        Assert.False(Directory.Exists(temp.File("out")));
    }

    [Fact]
    public async Task A_table_without_codes_writes_nothing_and_keeps_an_existing_output()
    {
        using var temp = new TempFolder();
        var document = temp.Write("table.md", "| Name | Meaning |\n| --- | --- |\n| a | b |\n| c | d |\n");
        var output = temp.Write("existing.codes.yaml", "keep me");

        var run = await ToolRunner.RunAsync("import", document, "--locale", "en-US", "-o", output);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("skipped a table without a column of codes", run.Stderr);
        Assert.Contains("no codes with texts", run.Stderr);
        Assert.Equal("keep me", File.ReadAllText(output));
        Assert.Equal(new[] { output }, Directory.GetFiles(temp.Path, "*.yaml"));
        Assert.Empty(Directory.GetFiles(temp.Path, "*.tmp"));
    }

    [Fact]
    public async Task Broken_html_still_yields_what_it_holds()
    {
        using var temp = new TempFolder();
        var document = temp.Write("broken.html", "<table><tr><th>Code<th>Title<tr><td>404<td>Not &amp; found<tr><td>500<td><b>Oops</b>");

        var run = await ToolRunner.RunAsync("import", document, "--locale", "en-US");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("      - code: 404\n        name: Code404\n        title:\n          en-US: Not & found\n", run.Stdout);
        Assert.Contains("          en-US: Oops\n", run.Stdout);
    }

    [Theory]
    [InlineData("xx-YY", "is not a locale name")]
    [InlineData("zh_tw", "write it as 'zh-TW'")]
    public async Task A_bad_locale_is_a_usage_error(string locale, string message)
    {
        var run = await ToolRunner.RunAsync("import", RepoPaths.Fixture("api-status.html"), "--locale", locale);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(message, run.Stderr);
        Assert.Equal(string.Empty, run.Stdout);
    }

    [Fact]
    public async Task Missing_files_are_usage_errors()
    {
        using var temp = new TempFolder();

        var noDocument = await ToolRunner.RunAsync("import", temp.File("nope.md"), "--locale", "en-US");
        var noTarget = await ToolRunner.RunAsync("import", RepoPaths.Fixture("api-status.html"), "--locale", "zh-CN", "--merge", temp.File("nope.codes.yaml"));

        Assert.Equal(2, noDocument.ExitCode);
        Assert.Contains("does not exist", noDocument.Stderr);
        Assert.Equal(2, noTarget.ExitCode);
        Assert.Contains("the merge target", noTarget.Stderr);
        Assert.Empty(Directory.EnumerateFileSystemEntries(temp.Path));
    }

    [Fact]
    public async Task An_invalid_set_name_is_a_usage_error()
    {
        var run = await ToolRunner.RunAsync("import", RepoPaths.Fixture("api-status.html"), "--locale", "zh-CN", "--set", "Http Status");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--set 'Http Status' is not a valid C# identifier; use a name such as 'HttpStatus'.", run.Stderr);
    }
}
