using System;
using System.IO;
using System.Linq;
using System.Reflection;
using BenchmarkDotNet.Running;
using StatusCodesBenchmarks.BuildCost;
using StatusCodesBenchmarks.BuildTime;
using StatusCodesBenchmarks.Runtime;

namespace StatusCodesBenchmarks;

/// <summary>
/// <code>
/// bash tests/StatusCodes.Benchmarks/run.sh            # everything, writes docs/performance.md
/// bash tests/StatusCodes.Benchmarks/run.sh --smoke    # CI: every benchmark runs once, allocations checked
/// dotnet run -c Release --project tests/StatusCodes.Benchmarks -- runtime [--smoke] [--out FILE]
/// dotnet run -c Release --project tests/StatusCodes.Benchmarks -- build-time [--smoke] [--out FILE]
/// dotnet run -c Release --project tests/StatusCodes.Benchmarks -- build-cost [--smoke] [--pairs 5] [--keep] [--out FILE]
/// dotnet run -c Release --project tests/StatusCodes.Benchmarks -- loop TitleBenchmarks.GeneratedTitle 1000
/// dotnet run -c Release --project tests/StatusCodes.Benchmarks -- write-resx
/// dotnet run -c Release --project tests/StatusCodes.Benchmarks -- --filter '*Title*'   # BenchmarkDotNet's own options
/// </code>
/// </summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        var smoke = args.Contains("--smoke");
        switch (args.FirstOrDefault())
        {
            case "runtime":
                return RuntimeRunner.Run(smoke, Option(args, "--out") ?? Artifacts("runtime.md"), Artifacts("BenchmarkDotNet"));
            case "build-time":
                return BuildTimeRunner.Run(smoke, Option(args, "--out") ?? Artifacts("build-time.md"));
            case "build-cost":
                return BuildCostRunner.Run(smoke, int.Parse(Option(args, "--pairs") ?? "5", System.Globalization.CultureInfo.InvariantCulture), args.Contains("--keep"), Option(args, "--out") ?? Artifacts("build-cost.md"));
            case "loop":
                return LoopRunner.Run(args[1], int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture));
            case "write-resx":
                TitleResources.Write(args.Length > 1 ? args[1] : Path.Combine(RepositoryDirectory, "tests", "StatusCodes.Benchmarks", "Resources"));
                return 0;
            default:
                BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
                return 0;
        }
    }

    public static string RepositoryDirectory => Path.GetFullPath(typeof(Program).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "RepositoryDirectory").Value!);

    private static string Artifacts(string name) => Path.Combine(RepositoryDirectory, "artifacts", "perf", name);

    private static string? Option(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }
}
