using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Linq;
using System.Reflection;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using StatusCodes.Generators;
using StatusCodes.Generators.Tests.Infrastructure;

namespace StatusCodesBenchmarks.BuildTime;

/// <summary>Definition files to generate from, as the compiler would hand them over.</summary>
public sealed record Scenario(string Name, int Codes, IReadOnlyList<(string Path, string Text)> Files, IReadOnlyList<string> BuiltInPaths);

/// <summary>One measured driver run: wall time and bytes allocated by the whole process meanwhile.</summary>
public readonly record struct RunCost(double Milliseconds, long AllocatedBytes);

/// <summary>
/// Drives <see cref="StatusCodesGenerator"/> in process with <see cref="CSharpGeneratorDriver"/>,
/// on an in-memory compilation that references the running .NET's assemblies, like the generator
/// tests do (and with the same in-memory AdditionalText and options provider).
/// </summary>
public sealed class GeneratorHarness
{
    /// <summary>What the SDK passes for a net10.0 Release build: the framework's preprocessor symbols included.</summary>
    private static readonly CSharpParseOptions ParseOptions = new CSharpParseOptions(LanguageVersion.Latest)
        .WithPreprocessorSymbols(new[] { "RELEASE", "TRACE", "NET", "NET10_0", "NETCOREAPP" }
            .Concat(Enumerable.Range(5, 6).Select(v => "NET" + v + "_0_OR_GREATER"))
            .Concat(new[] { "1_0", "1_1", "2_0", "2_1", "2_2", "3_0", "3_1" }.Select(v => "NETCOREAPP" + v + "_OR_GREATER")));

    /// <summary>Empties the generator's process-wide caches (parse results, catalogs, emitted texts) (internal: reached by reflection, as the tracking names are).</summary>
    private static readonly Action ClearCaches = (Action)Delegate.CreateDelegate(
        typeof(Action),
        typeof(StatusCodesGenerator).Assembly
            .GetType("StatusCodes.Generators.Caching.GeneratorCaches", throwOnError: true)!
            .GetMethod("Clear", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!);

    private static readonly string[] OurSteps = typeof(StatusCodesGenerator).Assembly
        .GetType("StatusCodes.Generators.TrackingNames", throwOnError: true)!
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (string)f.GetValue(null)!)
        .ToArray();

    private readonly Scenario _scenario;
    private readonly ImmutableArray<AdditionalText> _texts;
    private readonly CSharpCompilation _compilation;
    private int _edits;

    public GeneratorHarness(Scenario scenario)
    {
        _scenario = scenario;
        _texts = scenario.Files.Select(f => (AdditionalText)new TestAdditionalText(f.Path, f.Text)).ToImmutableArray();
        _compilation = CSharpCompilation.Create(
            "BuildTimeBenchmark",
            new[] { CSharpSyntaxTree.ParseText("internal static class Program { private static void Main() { } }", ParseOptions, path: "Program.cs") },
            References.Net,
            new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));
    }

    /// <summary>A driver that has seen nothing yet: every step runs.</summary>
    public GeneratorDriver CreateDriver(bool trackSteps = false) => CSharpGeneratorDriver.Create(
        new[] { new StatusCodesGenerator().AsSourceGenerator() },
        _texts,
        ParseOptions,
        new TestOptionsProvider(new Dictionary<string, string> { ["RootNamespace"] = "BuildTimeBenchmark" }, _scenario.BuiltInPaths),
        new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));

    /// <summary>A fresh driver's first run. Returns the driver for the incremental runs that follow.</summary>
    public (GeneratorDriver Driver, RunCost Cost) Cold(bool trackSteps = false)
    {
        var driver = CreateDriver(trackSteps);
        var cost = Measure(ref driver, _compilation);
        return (driver, cost);
    }

    /// <summary>
    /// A fresh driver on a compilation no one has asked anything yet, with the process's caches
    /// empty: a new compiler process, less the JIT. Any type lookup the generator makes pays for
    /// reading the referenced assemblies.
    /// </summary>
    public RunCost ColdCompilation()
    {
        ClearCaches();
        return Rebuild();
    }

    /// <summary>
    /// The compiler server building the same project again: a fresh driver and a new compilation, in
    /// a process whose caches hold the parse results, catalogs and texts of the last build.
    /// </summary>
    public RunCost Rebuild()
    {
        var driver = CreateDriver();
        return Measure(ref driver, CSharpCompilation.Create(_compilation.AssemblyName, _compilation.SyntaxTrees, References.Net, _compilation.Options));
    }

    /// <summary>A second run with nothing changed.</summary>
    public RunCost Warm(GeneratorDriver driver) => Measure(ref driver, _compilation.Clone());

    /// <summary>A run after a C# edit that has nothing to do with the definitions: a new file with a new class.</summary>
    public (GeneratorDriver Driver, RunCost Cost) UnrelatedEdit(GeneratorDriver driver)
    {
        var edited = _compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("internal sealed class Unrelated" + (++_edits) + " { }", ParseOptions, path: "Unrelated.cs"));
        var cost = Measure(ref driver, edited);
        return (driver, cost);
    }

    /// <summary>UTF-8 bytes of every generated file.</summary>
    public static long GeneratedBytes(GeneratorDriver driver)
        => driver.GetRunResult().Results.Single().GeneratedSources.Sum(s => (long)Encoding.UTF8.GetByteCount(s.SourceText.ToString()));

    public static int GeneratedFiles(GeneratorDriver driver) => driver.GetRunResult().Results.Single().GeneratedSources.Length;

    /// <summary>Fails when the run crashed or reported an error.</summary>
    public static void EnsureClean(GeneratorDriver driver)
    {
        var result = driver.GetRunResult();
        var generator = result.Results.Single();
        if (generator.Exception is not null)
        {
            throw new InvalidOperationException("The generator threw.", generator.Exception);
        }

        var errors = result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        if (errors.Count > 0)
        {
            throw new InvalidOperationException("The generator reported errors: " + string.Join("; ", errors));
        }
    }

    /// <summary>
    /// What the last run of a step-tracking driver did, step by step: each of the generator's named
    /// steps and each source output, with the reasons of its outputs (Cached, Unchanged, Modified, New, Removed).
    /// </summary>
    public static IReadOnlyList<(string Step, string Reasons, bool Reused)> StepReasons(GeneratorDriver driver)
    {
        var generator = driver.GetRunResult().Results.Single();
        var rows = new List<(string, string, bool)>();
        foreach (var name in OurSteps)
        {
            if (generator.TrackedSteps.TryGetValue(name, out var runs))
            {
                rows.Add(Row(name, runs));
            }
        }

        foreach (var pair in generator.TrackedOutputSteps.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            rows.Add(Row("output: " + pair.Key, pair.Value));
        }

        return rows;
    }

    /// <summary>Time of each named step and each source output in the last run of a step-tracking driver, slowest first.</summary>
    public static IReadOnlyList<(string Step, double Milliseconds)> StepTimes(GeneratorDriver driver)
    {
        var generator = driver.GetRunResult().Results.Single();
        return OurSteps
            .Where(generator.TrackedSteps.ContainsKey)
            .Select(name => (name, generator.TrackedSteps[name]))
            .Concat(generator.TrackedOutputSteps.Select(p => ("output: " + p.Key, p.Value)))
            .Select(p => (p.Item1, p.Item2.Sum(r => r.ElapsedTime.TotalMilliseconds)))
            .OrderByDescending(p => p.Item2)
            .ToList();
    }

    private static (string, string, bool) Row(string name, ImmutableArray<IncrementalGeneratorRunStep> runs)
    {
        var reasons = runs.SelectMany(r => r.Outputs.Select(o => o.Reason)).ToList();
        var text = string.Join(", ", reasons.GroupBy(r => r).OrderBy(g => g.Key).Select(g => g.Key + " " + g.Count()));
        var reused = reasons.All(r => r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged);
        return (name, text.Length == 0 ? "(no outputs)" : text, reused);
    }

    private static RunCost Measure(ref GeneratorDriver driver, Compilation compilation)
    {
        // Each run starts on a collected heap, so none pays for the garbage of the one before.
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var clock = Stopwatch.StartNew();
        driver = driver.RunGenerators(compilation);
        clock.Stop();
        return new RunCost(clock.Elapsed.TotalMilliseconds, GC.GetTotalAllocatedBytes(precise: true) - allocated);
    }
}
