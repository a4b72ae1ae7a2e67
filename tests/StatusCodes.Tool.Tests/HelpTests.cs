using System.Threading.Tasks;
using StatusCodes.Tool.Tests.Infrastructure;

namespace StatusCodes.Tool.Tests;

public class HelpTests
{
    [Theory]
    [InlineData("statuscodes lint definitions")]
    [InlineData("statuscodes lint", "lint")]
    [InlineData("statuscodes docs", "docs")]
    [InlineData("statuscodes import", "import")]
    public async Task Every_command_has_help_with_examples(string example, string? command = null)
    {
        var run = await ToolRunner.RunAsync(command is null ? new[] { "--help" } : new[] { command, "--help" });

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Usage:", run.Stdout);
        Assert.Contains("Examples:", run.Stdout);
        Assert.Contains(example, run.Stdout);
        Assert.Equal(string.Empty, run.Stderr);
    }

    [Fact]
    public async Task Root_help_names_the_exit_codes()
    {
        var run = await ToolRunner.RunAsync("-h");

        Assert.Contains("Usage:\n  statuscodes [command] [options]", run.Stdout.Replace("\r\n", "\n"));
        Assert.Contains("0 ok, 1 findings", run.Stdout);
    }

    [Theory]
    [InlineData]
    [InlineData("frobnicate")]
    [InlineData("lint")]
    [InlineData("lint", "definitions", "--format", "xml")]
    [InlineData("import", "table.md")]
    [InlineData("docs", "definitions")]
    public async Task Usage_errors_exit_with_2_and_say_where_to_get_help(params string[] args)
    {
        var run = await ToolRunner.RunAsync(args);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(string.Empty, run.Stdout);
        Assert.Contains("statuscodes: error:", run.Stderr);
        Assert.Contains("--help' for usage and examples", run.Stderr);
    }
}
