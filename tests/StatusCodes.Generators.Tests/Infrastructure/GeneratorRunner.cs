using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace StatusCodes.Generators.Tests.Infrastructure;

/// <summary>The outcome of one generator run, already checked for crashes and caching.</summary>
internal sealed record GeneratorRun(
    GeneratorDriver Driver,
    CSharpCompilation Input,
    Compilation Output,
    GeneratorDriverRunResult Result,
    ImmutableArray<Diagnostic> Diagnostics)
{
    public ImmutableArray<GeneratedSourceResult> Sources => Result.Results.Single().GeneratedSources;

    public string Source(string hintName) => Sources.Single(s => s.HintName == hintName).SourceText.ToString();

    public IEnumerable<string> HintNames => Sources.Select(s => s.HintName);

    /// <summary>The hint names without each set's add-on files (interop, UTF-8, references, JSON): one file per set, group and locale type.</summary>
    public IEnumerable<string> PrimaryHintNames => HintNames.Where(h =>
        !h.EndsWith(".Utf8.g.cs", StringComparison.Ordinal)
        && !h.EndsWith(".Json.g.cs", StringComparison.Ordinal)
        && !h.EndsWith(".Interop.g.cs", StringComparison.Ordinal)
        && !h.EndsWith(".References.g.cs", StringComparison.Ordinal));

    /// <summary>Asserts that <paramref name="other"/> generated the same files with the same texts.</summary>
    public void AssertSameFiles(GeneratorRun other)
    {
        Assert.Equal(HintNames.OrderBy(h => h, StringComparer.Ordinal), other.HintNames.OrderBy(h => h, StringComparer.Ordinal));
        foreach (var hintName in HintNames)
        {
            Assert.Equal(Source(hintName), other.Source(hintName));
        }
    }

    /// <summary>Errors and warnings of compiling the generated code with the test source.</summary>
    public IReadOnlyList<Diagnostic> CompilationProblems => Output.GetDiagnostics()
        .Where(d => d.Severity >= DiagnosticSeverity.Warning)
        .ToList();
}

/// <summary>
/// Runs the generator the way the compiler does, and checks on every run what must always hold:
/// no exception escaped (no CS8785), a second run with nothing changed recomputes nothing, and no
/// pipeline value holds a symbol, a compilation or a syntax node.
/// </summary>
internal static class GeneratorRunner
{
    public const string DefaultNamespace = "TestProject";

    public static readonly CSharpParseOptions LatestParseOptions = new(LanguageVersion.Latest);

    public static IReadOnlyDictionary<string, string> DefaultProperties => new Dictionary<string, string> { ["RootNamespace"] = DefaultNamespace };

    private static readonly string[] OurTrackingNames = typeof(TrackingNames)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (string)f.GetValue(null)!)
        .ToArray();

    public static GeneratorRun Run(
        IEnumerable<(string Path, string Text)> files,
        string source = "",
        IReadOnlyDictionary<string, string>? properties = null,
        CSharpParseOptions? parseOptions = null,
        IReadOnlyList<MetadataReference>? references = null,
        IEnumerable<string>? builtInPaths = null)
    {
        parseOptions ??= LatestParseOptions;
        var compilation = CreateCompilation(source, parseOptions, references);
        var texts = files.Select(f => (AdditionalText)new TestAdditionalText(f.Path, f.Text)).ToImmutableArray();
        var driver = CreateDriver(texts, parseOptions, properties, builtInPaths);
        return RunChecked(driver, compilation);
    }

    public static CSharpCompilation CreateCompilation(string source, CSharpParseOptions? parseOptions = null, IReadOnlyList<MetadataReference>? references = null)
        => CSharpCompilation.Create(
            DefaultNamespace,
            string.IsNullOrEmpty(source) ? Array.Empty<SyntaxTree>() : new[] { CSharpSyntaxTree.ParseText(source, parseOptions ?? LatestParseOptions, path: "Program.cs") },
            references ?? References.Net,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, generalDiagnosticOption: ReportDiagnostic.Default)
                .WithSpecificDiagnosticOptions(SdkNoWarn));

    /// <summary>What the .NET SDK always suppresses: assembly version unification of references (a package built against an older framework).</summary>
    private static readonly ImmutableDictionary<string, ReportDiagnostic> SdkNoWarn = ImmutableDictionary.CreateRange(new[]
    {
        new KeyValuePair<string, ReportDiagnostic>("CS1701", ReportDiagnostic.Suppress),
        new KeyValuePair<string, ReportDiagnostic>("CS1702", ReportDiagnostic.Suppress),
    });

    public static GeneratorDriver CreateDriver(ImmutableArray<AdditionalText> texts, CSharpParseOptions parseOptions, IReadOnlyDictionary<string, string>? properties, IEnumerable<string>? builtInPaths = null)
    {
        var options = new TestOptionsProvider(properties ?? DefaultProperties, builtInPaths);
        return CSharpGeneratorDriver.Create(
            new[] { new StatusCodesGenerator().AsSourceGenerator() },
            texts,
            parseOptions,
            options,
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
    }

    /// <summary>Runs <paramref name="driver"/> on <paramref name="compilation"/>, then again on a copy, asserting the invariants.</summary>
    public static GeneratorRun RunChecked(GeneratorDriver driver, CSharpCompilation compilation)
    {
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        var result = driver.GetRunResult();
        AssertNoCrash(result, diagnostics);
        AssertNoCompilerObjects(result);

        var again = driver.RunGenerators(compilation.Clone()).GetRunResult();
        AssertNoCrash(again, ImmutableArray<Diagnostic>.Empty);
        AssertAllCached(again);

        return new GeneratorRun(driver, compilation, output, result, result.Diagnostics);
    }

    public static void AssertNoCrash(GeneratorDriverRunResult result, ImmutableArray<Diagnostic> diagnostics)
    {
        foreach (var generatorResult in result.Results)
        {
            Assert.Null(generatorResult.Exception);
        }

        Assert.DoesNotContain(diagnostics.Concat(result.Diagnostics), d => d.Id == "CS8785");
    }

    /// <summary>Every step we name produced only cached or unchanged outputs.</summary>
    public static void AssertAllCached(GeneratorDriverRunResult result)
    {
        var steps = result.Results.Single().TrackedSteps;
        foreach (var name in OurTrackingNames)
        {
            if (!steps.TryGetValue(name, out var runs))
            {
                continue;
            }

            foreach (var run in runs)
            {
                foreach (var (_, reason) in run.Outputs)
                {
                    Assert.True(
                        reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged,
                        $"Step '{name}' was {reason} on a run with no changes.");
                }
            }
        }
    }

    /// <summary>The reasons recorded for one named step on the last run.</summary>
    public static IReadOnlyList<IncrementalStepRunReason> Reasons(GeneratorDriverRunResult result, string step)
        => result.Results.Single().TrackedSteps.TryGetValue(step, out var runs)
            ? runs.SelectMany(r => r.Outputs.Select(o => o.Reason)).ToList()
            : Array.Empty<IncrementalStepRunReason>();

    /// <summary>Walks every value our steps produced and fails on anything that would pin a compilation in memory.</summary>
    public static void AssertNoCompilerObjects(GeneratorDriverRunResult result)
    {
        var steps = result.Results.Single().TrackedSteps;
        foreach (var name in OurTrackingNames)
        {
            if (!steps.TryGetValue(name, out var runs))
            {
                continue;
            }

            foreach (var run in runs)
            {
                foreach (var (value, _) in run.Outputs)
                {
                    Visit(value, name, new HashSet<object>(ReferenceEqualityComparer.Instance), 0);
                }
            }
        }
    }

    private static void Visit(object? value, string path, HashSet<object> seen, int depth)
    {
        if (value is null || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum || depth > 30)
        {
            return;
        }

        Assert.False(
            value is ISymbol or Compilation or SyntaxNode or SemanticModel or SyntaxTree,
            $"Pipeline value at {path} holds a {value.GetType().Name}, which pins the compilation.");

        if (!value.GetType().IsValueType && !seen.Add(value))
        {
            return;
        }

        if (value is IEnumerable sequence)
        {
            var index = 0;
            foreach (var item in sequence)
            {
                Visit(item, path + "[" + index++ + "]", seen, depth + 1);
            }

            return;
        }

        foreach (var field in value.GetType().GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
        {
            Visit(field.GetValue(value), path + "." + field.Name, seen, depth + 1);
        }
    }
}
