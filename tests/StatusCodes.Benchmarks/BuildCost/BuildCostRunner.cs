using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using StatusCodesBenchmarks.Reporting;

namespace StatusCodesBenchmarks.BuildCost;

/// <summary>
/// What the package costs the projects that reference it, measured as a user would: fresh consumer
/// projects from the packed package, each timed as whole <c>dotnet build</c> processes without the
/// compiler server, alternating with the same project without the package, and the sizes of their
/// output assemblies and of the sources the generator writes.
/// </summary>
public static class BuildCostRunner
{
    private const int Libraries = 10;

    /// <summary>
    /// <c>--no-incremental</c>: everything is compiled every time. <c>-nr:false</c> and
    /// <c>UseSharedCompilation=false</c>: no MSBuild node and no compiler server outlives a build, so
    /// each build pays the start-up and JIT of MSBuild, the compiler and the generator, as a build in
    /// CI does.
    /// </summary>
    private static readonly string[] BuildArguments = { "-c", "Release", "--no-incremental", "--no-restore", "-nr:false", "-p:UseSharedCompilation=false", "-nologo" };

    public static int Run(bool smoke, int pairs, bool keep, string outputPath)
    {
        var problems = new List<string>();
        var rows = new List<Row>();
        using (var workspace = ConsumerWorkspace.Create(keep))
        {
            try
            {
                Console.WriteLine("build-cost: packing the generator into " + workspace.Feed);
                workspace.Pack(Program.RepositoryDirectory);
                // Every consumer is made and restored before the first timed build, so that a failure shows early.
                foreach (var comparison in Comparisons(workspace, smoke).ToList())
                {
                    rows.Add(Measure(workspace, comparison, smoke ? 1 : pairs, warmUp: !smoke));
                }
            }
            catch (InvalidOperationException ex)
            {
                problems.Add("build-cost: " + ex.Message);
                return ReportFile.Finish(outputPath, _ => "The build-cost run failed: " + ex.Message.Split('\n')[0] + Environment.NewLine, problems);
            }
        }

        // The smoke run judges no time, but it must show that the package added something: a source
        // (the generator's, or the targets' for the precompiled sets) and bytes to the output.
        foreach (var row in rows.Where(r => r.Goal.CheckGrowth))
        {
            if (row.Generated <= 0 || row.AssemblyA <= row.AssemblyB)
            {
                problems.Add("build-cost: " + row.Goal.What + " generated " + row.Generated + " bytes of source and an assembly of " + row.AssemblyA + " bytes against " + row.AssemblyB + " without the package");
            }
        }

        return ReportFile.Finish(outputPath, headline => Markdown(rows, smoke, pairs, headline), problems);
    }

    /// <summary>The consumers to compare, each against the same thing without the package.</summary>
    private static IEnumerable<Comparison> Comparisons(ConsumerWorkspace workspace, bool smoke)
    {
        var baseline = workspace.ConsoleApp("Baseline", withPackage: false);
        if (smoke)
        {
            yield return new Comparison(Goals.HttpStatus, workspace.ConsoleApp("HttpStatusOnly", true, Property("StatusCodesBuiltInSets", "HttpStatus")), baseline);
            yield break;
        }

        // Two identical apps without the package: what "no difference" measures as in this run, so
        // that a ratio near its goal can be read against the machine's noise.
        yield return new Comparison(Goals.Noise, workspace.ConsoleApp("BaselineAgain", withPackage: false), baseline);
        yield return new Comparison(Goals.AllSets, workspace.ConsoleApp("AllSets", withPackage: true), baseline);
        yield return new Comparison(Goals.OwnCopy, workspace.ConsoleApp("AllSetsOwnCopy", true, Property("StatusCodesOwnCopy", "true")), baseline);
        yield return new Comparison(Goals.HttpStatus, workspace.ConsoleApp("HttpStatusOnly", true, Property("StatusCodesBuiltInSets", "HttpStatus")), baseline);
        yield return new Comparison(Goals.HttpStatusOwnCopy, workspace.ConsoleApp("HttpStatusOwnCopy", true, new Dictionary<string, string> { ["StatusCodesBuiltInSets"] = "HttpStatus", ["StatusCodesOwnCopy"] = "true" }), baseline);
        yield return new Comparison(Goals.None, workspace.ConsoleApp("NoSets", true, Property("StatusCodesBuiltInSets", "none")), baseline);
        yield return new Comparison(Goals.OneLocale, workspace.ConsoleApp("OneLocale", true, Property("StatusCodesLocales", "en-US")), baseline);
        yield return new Comparison(Goals.Solution, workspace.Solution("SolutionWithPackage", withPackage: true, Libraries), workspace.Solution("SolutionBaseline", withPackage: false, Libraries));
    }

    private static Dictionary<string, string> Property(string name, string value) => new() { [name] = value };

    /// <summary>One warm-up build of each, then A and B in turns, so that drift in the machine's load touches both alike.</summary>
    private static Row Measure(ConsumerWorkspace workspace, Comparison comparison, int pairs, bool warmUp)
    {
        var (a, b) = (comparison.WithPackage, comparison.Without);
        if (warmUp)
        {
            Build(workspace, a);
            Build(workspace, b);
        }

        var timesA = new List<double>();
        var timesB = new List<double>();
        for (var i = 0; i < pairs; i++)
        {
            timesA.Add(Build(workspace, a));
            timesB.Add(Build(workspace, b));
            Console.WriteLine($"build-cost: {comparison.Goal.What}, pair {i + 1} of {pairs}: {Seconds(timesA[^1])} vs {Seconds(timesB[^1])}");
        }

        // Not timed: the same build once more with the generated files written to obj/.
        workspace.Cli.Run(workspace.Root, new[] { "build", a.BuildPath }.Concat(BuildArguments).Append("-p:EmitCompilerGeneratedFiles=true").ToArray());
        return new Row(comparison.Goal, timesA, timesB, a.AssemblyBytes, b.AssemblyBytes, a.GeneratedBytes, a.ProjectDirectories.Count);
    }

    private static double Build(ConsumerWorkspace workspace, Consumer consumer)
        => workspace.Cli.Run(workspace.Root, new[] { "build", consumer.BuildPath }.Concat(BuildArguments).ToArray()).TotalMilliseconds;

    private static string Markdown(List<Row> rows, bool smoke, int pairs, string headlinePath)
    {
        var md = new StringBuilder();
        if (smoke)
        {
            md.AppendLine("Smoke run (one pair, no warm-up): the times below are not measurements.").AppendLine();
        }

        md.AppendLine("| consumer (A) against the same without the package (B) | projects | A: median build | B: median build | A/B: median of the pair ratios (lowest to highest) | A/B: ratio of the medians | output assemblies A / B | growth | generated sources |");
        md.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var row in rows)
        {
            md.Append("| ").Append(row.Goal.What)
                .Append(" | ").Append(row.Projects.ToString(CultureInfo.InvariantCulture))
                .Append(" | ").Append(Seconds(Median(row.TimesA)))
                .Append(" | ").Append(Seconds(Median(row.TimesB)))
                .Append(" | ").Append(Ratio(row.PairRatio)).Append(" (").Append(Ratio(row.PairRatios.Min())).Append(" to ").Append(Ratio(row.PairRatios.Max())).Append(')')
                .Append(" | ").Append(Ratio(Median(row.TimesA) / Median(row.TimesB)))
                .Append(" | ").Append(Kilobytes(row.AssemblyA)).Append(" / ").Append(Kilobytes(row.AssemblyB))
                .Append(" | ").Append(Kilobytes(row.AssemblyA - row.AssemblyB))
                .Append(" | ").Append(Kilobytes(row.Generated))
                .AppendLine(" |");
        }

        md.AppendLine()
            .Append("Builds: `dotnet build -c Release --no-incremental --no-restore -nr:false -p:UseSharedCompilation=false`, wall time of the whole process; ")
            .Append(smoke ? "one pair" : "one warm-up build of each, then " + pairs.ToString(CultureInfo.InvariantCulture) + " pairs A B A B …")
            .AppendLine(". Sizes in KB of 1,024 bytes: each project's own assembly, plus the precompiled sets (StatusCodes.BuiltIns.dll, or StatusCodes.BuiltIns.HttpStatus.dll) where the package's targets copied them to an app's output; the assemblies of a solution are summed.");

        var goals = new GoalTable();
        foreach (var row in rows)
        {
            var goal = row.Goal;
            if (goal.MaxRatio is { } maxRatio)
            {
                // The issue states its goals as ratios of medians; the median of the pair ratios is
                // steadier when the machine's load drifts. A goal is met only when both are within it.
                var ofMedians = Median(row.TimesA) / Median(row.TimesB);
                goals.Add(
                    "build, " + goal.What + " (median of the pair ratios; ratio of the medians)",
                    Ratio(row.PairRatio) + "; " + Ratio(ofMedians),
                    "≤ " + Ratio(maxRatio) + ", both",
                    row.PairRatio <= maxRatio && ofMedians <= maxRatio);
            }

            if (goal.MaxGrowthKilobytes is { } maxGrowth)
            {
                var growth = (row.AssemblyA - row.AssemblyB) / 1024.0;
                goals.Add("output assembly growth, " + goal.What, Kilobytes(row.AssemblyA - row.AssemblyB), "≤ " + maxGrowth.ToString(CultureInfo.InvariantCulture) + " KB", growth <= maxGrowth);
            }

            if (goal.MaxRatio is null && goal.MaxGrowthKilobytes is null)
            {
                goals.AddReported("build and size, " + goal.What, Ratio(row.PairRatio) + ", +" + Kilobytes(row.AssemblyA - row.AssemblyB), "no goal of its own");
            }
        }

        md.AppendLine().AppendLine("Goals:").AppendLine();
        goals.AppendTo(md);
        goals.WriteRows(headlinePath);
        return md.ToString();
    }

    private static double Median(IReadOnlyList<double> values)
    {
        var sorted = values.OrderBy(v => v).ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private static string Seconds(double ms) => (ms / 1000).ToString("0.00", CultureInfo.InvariantCulture) + " s";

    private static string Ratio(double ratio) => ratio.ToString("0.00", CultureInfo.InvariantCulture) + "×";

    private static string Kilobytes(long bytes) => (bytes / 1024.0).ToString("N1", CultureInfo.InvariantCulture) + " KB";

    /// <summary>A consumer with the package against the same without it, and what its row is judged by.</summary>
    private sealed record Comparison(Goal Goal, Consumer WithPackage, Consumer Without);

    /// <summary>The goals of issue 14 for one consumer; null where it has none.</summary>
    private sealed record Goal(string What, double? MaxRatio, double? MaxGrowthKilobytes, bool CheckGrowth = true);

    private static class Goals
    {
        public static readonly Goal Noise = new("no package: a second copy of the app without it (this run's noise)", null, null, CheckGrowth: false);
        public static readonly Goal AllSets = new("all built-in sets (the default: precompiled)", 1.10, 100);
        public static readonly Goal OwnCopy = new("all built-in sets, StatusCodesOwnCopy=true", null, null);
        public static readonly Goal HttpStatus = new("StatusCodesBuiltInSets=HttpStatus (precompiled)", 1.06, 64);
        public static readonly Goal HttpStatusOwnCopy = new("StatusCodesBuiltInSets=HttpStatus, StatusCodesOwnCopy=true", null, null);
        public static readonly Goal None = new("StatusCodesBuiltInSets=none", 1.02, null, CheckGrowth: false);
        public static readonly Goal OneLocale = new("StatusCodesLocales=en-US (all built-in sets)", null, null);
        public static readonly Goal Solution = new("solution: a shared library with public sets, " + Libraries.ToString(CultureInfo.InvariantCulture) + " libraries and an app that reference it, each with the package", 1.15, null);
    }

    private sealed record Row(Goal Goal, IReadOnlyList<double> TimesA, IReadOnlyList<double> TimesB, long AssemblyA, long AssemblyB, long Generated, int Projects)
    {
        public IReadOnlyList<double> PairRatios => TimesA.Zip(TimesB, (a, b) => a / b).ToList();

        public double PairRatio => Median(PairRatios);
    }
}
