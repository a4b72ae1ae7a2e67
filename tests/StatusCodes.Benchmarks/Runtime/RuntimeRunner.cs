using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using StatusCodesBenchmarks.Reporting;

namespace StatusCodesBenchmarks.Runtime;

/// <summary>
/// Runs every run-time benchmark in one BenchmarkDotNet run and writes the tables of
/// docs/performance.md. The smoke mode (in process, one short iteration each) only proves that every
/// benchmark executes and that no generated member allocates; its times mean nothing.
/// </summary>
public static class RuntimeRunner
{
    private static readonly Type[] Benchmarks = { typeof(TitleBenchmarks), typeof(EnumBenchmarks), typeof(ListBenchmarks), typeof(SparseBenchmarks) };

    public static int Run(bool smoke, string outputPath, string artifactsPath)
    {
        var job = smoke
            ? Job.Dry.WithStrategy(RunStrategy.Throughput).WithWarmupCount(1).WithIterationCount(1).WithInvocationCount(16).WithUnrollFactor(1)
                .WithToolchain(InProcessEmitToolchain.Instance).WithId("smoke")
            : Job.Default.WithLaunchCount(1).WithWarmupCount(3).WithIterationCount(5).WithId("short");
        var config = ManualConfig.CreateEmpty()
            .AddJob(job)
            .AddDiagnoser(MemoryDiagnoser.Default)
            .AddColumnProvider(DefaultColumnProviders.Instance)
            .AddLogger(ConsoleLogger.Default)
            .AddExporter(MarkdownExporter.GitHub)
            .WithArtifactsPath(artifactsPath)
            .WithOptions(ConfigOptions.DisableLogFile);

        var summaries = BenchmarkRunner.Run(Benchmarks, config);
        var results = Collect(summaries);
        var problems = new List<string>();
        foreach (var summary in summaries)
        {
            problems.AddRange(summary.Reports.Where(r => !r.Success).Select(r => "failed: " + r.BenchmarkCase.DisplayInfo));
            problems.AddRange(summary.ValidationErrors.Where(e => e.IsCritical).Select(e => "invalid: " + e.Message));
        }

        var expected = Benchmarks.Sum(t => BenchmarkInvoker.Methods(t).Count() * (t.GetProperty(nameof(TitleBenchmarks.Order)) is null ? 1 : Enum.GetValues<InputOrder>().Length));
        if (results.Count != expected)
        {
            problems.Add($"expected {expected} results, got {results.Count}");
        }

        // BenchmarkDotNet's column counts the whole process (a short smoke run sees the JIT's background
        // work); the check counts this thread alone, around direct calls.
        foreach (var type in Benchmarks)
        {
            foreach (var method in BenchmarkInvoker.Methods(type).Where(m => m.StartsWith("Generated", StringComparison.Ordinal)))
            {
                foreach (var order in type.GetProperty(nameof(TitleBenchmarks.Order)) is null ? new[] { InputOrder.Random } : Enum.GetValues<InputOrder>())
                {
                    var bytes = BenchmarkInvoker.AllocatedPerCall(BenchmarkInvoker.Create(type, method, order));
                    if (bytes != 0)
                    {
                        problems.Add($"allocates: {type.Name}.{method} ({order}) {bytes} B per call");
                    }
                }
            }
        }

        return ReportFile.Finish(outputPath, headline => Markdown(results, smoke, headline), problems);
    }

    private static List<BenchmarkResult> Collect(IEnumerable<Summary> summaries)
    {
        var results = new List<BenchmarkResult>();
        foreach (var report in summaries.SelectMany(s => s.Reports))
        {
            var benchmark = report.BenchmarkCase;
            var order = benchmark.Parameters.Items.FirstOrDefault(p => p.Name == nameof(TitleBenchmarks.Order))?.Value?.ToString() ?? "-";
            results.Add(new BenchmarkResult(
                benchmark.Descriptor.Type.Name,
                benchmark.Descriptor.WorkloadMethod.Name,
                benchmark.Descriptor.WorkloadMethodDisplayInfo.Trim('\''),
                order,
                report.ResultStatistics?.Mean,
                report.GcStats.GetBytesAllocatedPerOperation(benchmark)));
        }

        return results;
    }

    private static string Markdown(List<BenchmarkResult> results, bool smoke, string headlinePath)
    {
        var md = new StringBuilder();
        if (smoke)
        {
            md.AppendLine("Smoke run (in process, one short iteration): the times below are not measurements.").AppendLine();
        }

        // Ratio = generated time / peer time, same run, same input; the headline keeps the random order.
        var goals = new GoalTable();
        var headline = new GoalTable();
        foreach (var target in RuntimeTarget.All)
        {
            foreach (var generated in results.Where(r => r.Method == target.Generated))
            {
                var peer = results.FirstOrDefault(r => r.Method == target.Peer && r.Order == generated.Order);
                var ratio = generated.MeanNs / peer?.MeanNs;
                var met = generated.AllocatedBytes == 0 && (target.MaxRatio is null || ratio <= target.MaxRatio);
                var what = target.Category + ": " + generated.Display + " vs " + (peer?.Display ?? "?");
                var measured = (ratio is null ? "?" : ratio.Value.ToString("0.000", CultureInfo.InvariantCulture) + "×")
                    + " (" + Ns(generated.MeanNs) + " vs " + Ns(peer?.MeanNs) + " ns), "
                    + (generated.AllocatedBytes?.ToString(CultureInfo.InvariantCulture) ?? "?") + " B";
                goals.Add(what + (generated.Order == "-" ? string.Empty : " (" + generated.Order.ToLowerInvariant() + ")"), measured, target.Goal, met);
                if (target.InHeadline && generated.Order is "Random" or "-")
                {
                    headline.Add(what, measured, target.Goal, met);
                }
            }
        }

        md.AppendLine("Goals (ratio = generated time / peer time, same run, same input):").AppendLine();
        goals.AppendTo(md);
        headline.WriteRows(headlinePath);

        md.AppendLine().AppendLine("Every benchmark (time and allocation per lookup):").AppendLine();
        md.AppendLine("| class | benchmark | order | mean ns | allocated B |");
        md.AppendLine("|---|---|---|---:|---:|");
        foreach (var r in results)
        {
            md.Append("| ").Append(r.Class).Append(" | ").Append(r.Display).Append(" | ").Append(r.Order)
                .Append(" | ").Append(Ns(r.MeanNs))
                .Append(" | ").Append(r.AllocatedBytes?.ToString(CultureInfo.InvariantCulture) ?? "?")
                .AppendLine(" |");
        }

        return md.ToString();
    }

    private static string Ns(double? value) => value is null ? "?" : value.Value.ToString(value.Value < 10 ? "0.000" : "0.0", CultureInfo.InvariantCulture);

    private sealed record BenchmarkResult(string Class, string Method, string Display, string Order, double? MeanNs, long? AllocatedBytes);
}
