using System.IO;
using System.Threading.Tasks;
using StatusCodes.Tool.Cli;

namespace StatusCodes.Tool.Tests.Infrastructure;

/// <summary>What one run of the tool did.</summary>
public sealed record ToolRun(int ExitCode, string Stdout, string Stderr)
{
    public override string ToString() => "exit " + ExitCode + "\n--- stdout ---\n" + Stdout + "\n--- stderr ---\n" + Stderr;
}

/// <summary>Runs the tool through the same entry point as Main, capturing both streams.</summary>
public static class ToolRunner
{
    public static async Task<ToolRun> RunAsync(params string[] args)
    {
        using var stdout = new StringWriter { NewLine = "\n" };
        using var stderr = new StringWriter { NewLine = "\n" };
        var exitCode = await ToolApp.RunAsync(args, stdout, stderr);
        return new ToolRun(exitCode, stdout.ToString(), stderr.ToString());
    }
}
