using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using System.Text;
using System.Text.RegularExpressions;
using StatusCodesBenchmarks.Reporting;

namespace StatusCodesBenchmarks.BuildTime;

/// <summary>
/// The generator's cost per build, measured in process: the first run in a fresh process (JIT
/// included), a fresh driver's run on a new compilation (nothing cached), the same with the
/// generator's process-wide caches warm (the compiler server's rebuild), a re-run with nothing
/// changed, and a re-run after an unrelated C# edit, which must reuse every step. Medians of several
/// runs after as many warm-up runs; allocations are the whole process's during the run.
/// </summary>
public static class BuildTimeRunner
{
    private const double BuiltInColdGoalMs = 50;
    private const double LargestColdGoalMs = 1000;
    private const double GrowthGoal = 12;

    public static int Run(bool smoke, string outputPath)
    {
        var scenarios = new List<Scenario> { BuiltIn() };
        scenarios.AddRange(new[] { 100, 1_000, 10_000 }.Select(Synthetic));

        var problems = new List<string>();
        var rows = new List<Row>();
        var first = true;
        foreach (var scenario in scenarios)
        {
            var harness = new GeneratorHarness(scenario);

            // The very first run of the process pays for JIT compiling the generator, YamlDotNet and the driver.
            var (driver, firstRun) = harness.Cold();
            GeneratorHarness.EnsureClean(driver);
            var repetitions = smoke ? 1 : scenario.Codes >= 10_000 ? 11 : scenario.Codes >= 1_000 ? 21 : 31;

            // Warm up before measuring, and give the JIT's background thread time to install its
            // optimized code: otherwise the smallest scenario that first uses a code path (the YAML
            // parser, which the built-in files do not need) is measured half at tier 0, and the
            // growth ratios say more about tiering than about the generator.
            if (!smoke)
            {
                for (var i = 0; i < repetitions; i++)
                {
                    harness.ColdCompilation();
                }

                Thread.Sleep(500);
            }

            var colds = Enumerable.Range(0, repetitions).Select(_ => harness.ColdCompilation()).ToList();
            var cold = Median(colds);
            var rebuild = Median(Enumerable.Range(0, repetitions).Select(_ => harness.Rebuild()));
            var warm = Median(Enumerable.Range(0, repetitions).Select(_ => harness.Warm(driver)));
            var edit = Median(Enumerable.Range(0, repetitions).Select(_ => harness.UnrelatedEdit(driver).Cost));

            var (trackedCold, trackedColdCost) = harness.Cold(trackSteps: true);
            var stepTimes = GeneratorHarness.StepTimes(trackedCold);
            var tracked = harness.UnrelatedEdit(trackedCold).Driver;
            var steps = GeneratorHarness.StepReasons(tracked);
            var reused = steps.All(s => s.Reused);
            if (!reused)
            {
                problems.Add(scenario.Name + ": an unrelated edit re-ran " + string.Join(", ", steps.Where(s => !s.Reused).Select(s => s.Step + " (" + s.Reasons + ")")));
            }

            rows.Add(new Row(scenario, first ? firstRun : null, cold, (colds.Min(c => c.Milliseconds), colds.Max(c => c.Milliseconds)), rebuild, warm, edit, GeneratorHarness.GeneratedBytes(driver), GeneratorHarness.GeneratedFiles(driver), steps, reused, stepTimes, trackedColdCost.Milliseconds));
            first = false;
            Console.WriteLine($"{scenario.Name}: cold {cold.Milliseconds:0.0} ms (runs from {colds.Min(c => c.Milliseconds):0.0} to {colds.Max(c => c.Milliseconds):0.0} ms), warm {warm.Milliseconds:0.00} ms, unrelated edit {edit.Milliseconds:0.00} ms, reused: {reused}");
        }

        return ReportFile.Finish(outputPath, headline => Markdown(rows, smoke, headline), problems);
    }

    private static Scenario BuiltIn()
    {
        var directory = Path.Combine(Program.RepositoryDirectory, "definitions");
        var files = Directory.GetFiles(directory, "*.codes.yaml").OrderBy(p => p, StringComparer.Ordinal).Select(p => (p, File.ReadAllText(p))).ToList();
        var codes = files.Sum(f => Regex.Matches(f.Item2, @"^\s*- code:", RegexOptions.Multiline).Count);
        return new Scenario("built-in definitions", codes, files, files.Select(f => f.p).ToList());
    }

    private static Scenario Synthetic(int codes)
        => new("synthetic " + Count(codes) + " codes", codes, new[] { ("/synthetic/synthetic.codes.yaml", SyntheticDefinitions.Create(codes)) }, Array.Empty<string>());

    private static RunCost Median(IEnumerable<RunCost> runs)
    {
        var list = runs.ToList();
        var times = list.Select(r => r.Milliseconds).OrderBy(t => t).ToList();
        var bytes = list.Select(r => r.AllocatedBytes).OrderBy(b => b).ToList();
        return new RunCost(times[times.Count / 2], bytes[bytes.Count / 2]);
    }

    private static string Markdown(List<Row> rows, bool smoke, string headlinePath)
    {
        var md = new StringBuilder();
        if (smoke)
        {
            md.AppendLine("Smoke run (one repetition each): the times below are not measurements.").AppendLine();
        }

        md.AppendLine("| definitions | codes × locales | first run in process | cold (fresh driver, new compilation): median (fastest to slowest run) | rebuild (fresh driver, caches warm) | warm (nothing changed) | unrelated C# edit | generated | bytes per code |");
        md.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var row in rows)
        {
            md.Append("| ").Append(row.Scenario.Name)
                .Append(" | ").Append(Count(row.Scenario.Codes)).Append(" × 3")
                .Append(" | ").Append(row.FirstRun is { } f ? Cost(f) : "—")
                .Append(" | ").Append(Cost(row.Cold)).Append(" (").Append(Ms(row.ColdRange.Min)).Append(" to ").Append(Ms(row.ColdRange.Max)).Append(')')
                .Append(" | ").Append(Cost(row.Rebuild))
                .Append(" | ").Append(Cost(row.Warm))
                .Append(" | ").Append(Cost(row.Edit))
                .Append(" | ").Append(Kilobytes(row.GeneratedBytes)).Append(" in ").Append(row.GeneratedFiles.ToString(CultureInfo.InvariantCulture)).Append(" files")
                .Append(" | ").Append((row.GeneratedBytes / (double)row.Scenario.Codes).ToString("N0", CultureInfo.InvariantCulture))
                .AppendLine(" |");
        }

        md.AppendLine()
            .Append("Garbage collector: ").Append(System.Runtime.GCSettings.IsServerGC ? "server" : "workstation")
            .AppendLine(" (the compiler's is server). Each run starts on a collected heap. \"Rebuild\" is what the compiler server sees when it builds the same project again: a new driver and compilation, with the parse results, catalog and texts of the last build still in the generator's process-wide caches.");

        var goals = new GoalTable();
        var builtIn = rows[0];
        goals.Add("generator, built-in definitions, cold (fresh driver, new compilation)", Ms(builtIn.Cold.Milliseconds), "≤ " + BuiltInColdGoalMs + " ms", builtIn.Cold.Milliseconds <= BuiltInColdGoalMs);
        if (builtIn.FirstRun is { } firstRun)
        {
            goals.AddReported("generator, built-in definitions, first run of a fresh process (JIT of the generator and of this harness's IL-only Roslyn included)", Ms(firstRun.Milliseconds), "no goal of its own: the real build below judges this case against the Regex generator");
        }

        var synthetic = rows.Skip(1).ToList();
        var largest = synthetic[^1];
        goals.Add("generator, " + largest.Scenario.Name + " × 3 locales, cold", Ms(largest.Cold.Milliseconds), "≤ 1 s", largest.Cold.Milliseconds <= LargestColdGoalMs);
        var growths = Enumerable.Range(1, synthetic.Count - 1)
            .Select(i => (From: synthetic[i - 1].Scenario.Codes, To: synthetic[i].Scenario.Codes, Ratio: synthetic[i].Cold.Milliseconds / synthetic[i - 1].Cold.Milliseconds))
            .ToList();
        goals.Add(
            "generator, growth for 10× the codes",
            string.Join(", ", growths.Select(g => g.Ratio.ToString("0.0", CultureInfo.InvariantCulture) + "× (" + Count(g.From) + " → " + Count(g.To) + ")")),
            "≤ " + GrowthGoal + "×",
            growths.All(g => g.Ratio <= GrowthGoal));

        goals.Add(
            "generator, run after an unrelated C# edit",
            rows.All(r => r.Reused) ? "no step re-ran: all Cached or Unchanged (" + Ms(builtIn.Edit.Milliseconds) + " for the built-ins)" : "some step re-ran (below)",
            "no parsing or emitting",
            rows.All(r => r.Reused));

        md.AppendLine().AppendLine("Goals:").AppendLine();
        goals.AppendTo(md);
        goals.WriteRows(headlinePath);

        foreach (var row in new[] { builtIn, largest })
        {
            md.AppendLine().AppendLine("Where a cold run's time goes (" + row.Scenario.Name + ", one run of a step-tracking driver, " + Ms(row.TrackedColdMs) + " in all):").AppendLine();
            md.AppendLine("| step | time |");
            md.AppendLine("|---|---:|");
            foreach (var (step, ms) in row.StepTimes.Where(s => s.Milliseconds >= 0.1))
            {
                md.Append("| ").Append(step).Append(" | ").Append(Ms(ms)).AppendLine(" |");
            }
        }

        md.AppendLine().AppendLine("Step reasons of the run after an unrelated C# edit (built-in definitions; driver with step tracking):").AppendLine();
        md.AppendLine("| step | outputs | reused |");
        md.AppendLine("|---|---|---|");
        foreach (var (step, reasons, reused) in builtIn.Steps)
        {
            md.Append("| ").Append(step).Append(" | ").Append(reasons).Append(" | ").Append(reused ? "yes" : "**no**").AppendLine(" |");
        }

        return md.ToString();
    }

    private static string Count(int codes) => codes.ToString("N0", CultureInfo.InvariantCulture);

    private static string Cost(RunCost cost) => Ms(cost.Milliseconds) + ", " + Kilobytes(cost.AllocatedBytes);

    private static string Ms(double ms) => ms.ToString(ms < 10 ? "0.00" : "0.0", CultureInfo.InvariantCulture) + " ms";

    private static string Kilobytes(long bytes) => bytes >= 10 * 1024 * 1024
        ? (bytes / 1024.0 / 1024.0).ToString("0.0", CultureInfo.InvariantCulture) + " MB"
        : (bytes / 1024.0).ToString("N0", CultureInfo.InvariantCulture) + " KB";

    private sealed record Row(Scenario Scenario, RunCost? FirstRun, RunCost Cold, (double Min, double Max) ColdRange, RunCost Rebuild, RunCost Warm, RunCost Edit, long GeneratedBytes, int GeneratedFiles, IReadOnlyList<(string Step, string Reasons, bool Reused)> Steps, bool Reused, IReadOnlyList<(string Step, double Milliseconds)> StepTimes, double TrackedColdMs);
}
