using System;
using System.Diagnostics;
using System.IO;
using System.Threading.Tasks;
using StatusCodes.Tool.Tests.Infrastructure;

namespace StatusCodes.Tool.Tests;

/// <summary>
/// The tool as users get it: packed, installed with 'dotnet tool install' from a local folder,
/// run by its command name. Slow (a pack and an install); leave it out of quick runs with
/// --filter "Category!=Pack".
/// </summary>
[Trait("Category", "Pack")]
public class PackTests
{
    [Fact]
    public async Task Packed_tool_installs_from_a_folder_and_runs()
    {
        using var temp = new TempFolder();
        var feed = temp.File("feed");
        var tools = temp.File("tools");

        await Dotnet("pack", RepoPaths.ToolProject, "-c", "Release", "-o", feed, "-p:ContinuousIntegrationBuild=true");
        Assert.True(File.Exists(Path.Combine(feed, "StatusCodes.Tool.1.0.0.nupkg")), "the package was not created in " + feed);

        await Dotnet("tool", "install", "StatusCodes.Tool", "--tool-path", tools, "--add-source", feed, "--version", "1.0.0");

        var command = Path.Combine(tools, OperatingSystem.IsWindows() ? "statuscodes.exe" : "statuscodes");
        var help = await Run(command, "--help");
        Assert.Contains("Usage:", help);
        Assert.Contains("statuscodes [command] [options]", help);
        Assert.Contains("Examples:", help);

        var lint = await Run(command, "lint", RepoPaths.Definitions);
        Assert.Equal(string.Empty, lint);
    }

    private static Task<string> Dotnet(params string[] args) => Run("dotnet", args);

    private static async Task<string> Run(string fileName, params string[] args)
    {
        var start = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = RepoPaths.Root,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        var output = await stdout;
        Assert.True(process.ExitCode == 0, fileName + " " + string.Join(" ", args) + " exited with " + process.ExitCode + ":\n" + output + "\n" + await stderr);
        return output;
    }
}
