using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using StatusCodes.Generators.Tests.Infrastructure;
using Xunit;

namespace StatusCodes.Generators.Tests.Generator;

/// <summary>What an edit makes the generator redo: as little as the edit demands.</summary>
public sealed class IncrementalTests
{
    private const string First = "# first file\nlocales: [en-US]\nsets:\n  - name: First\n    codes:\n      - { code: 1, name: One, title: One }\n";
    private const string Second = "locales: [en-US]\nsets:\n  - name: Second\n    codes:\n      - { code: 2, name: Two, title: Two }\n";

    private static readonly IncrementalStepRunReason[] CachedOrUnchanged = { IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged };

    [Fact]
    public void An_unrelated_csharp_edit_leaves_every_step_cached()
    {
        var (driver, compilation, _, _) = Start(First, Second);

        var edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("class Unrelated { }", GeneratorRunner.LatestParseOptions));
        var result = driver.RunGenerators(edited).GetRunResult();

        GeneratorRunner.AssertAllCached(result);
        Assert.All(GeneratorRunner.Reasons(result, TrackingNames.Parse), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        Assert.All(GeneratorRunner.Reasons(result, TrackingNames.Sets), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
    }

    [Fact]
    public void A_yaml_comment_edit_leaves_the_parsed_spec_unchanged()
    {
        var (driver, compilation, first, _) = Start(First, Second);

        // A longer comment on a new line moves every position below it.
        driver = driver.ReplaceAdditionalText(
            first,
            new TestAdditionalText("/p/first.codes.yaml", "# first file, now with\n# a longer comment\n" + First.Substring("# first file\n".Length)));
        var result = driver.RunGenerators(compilation).GetRunResult();

        Assert.Contains(IncrementalStepRunReason.Modified, GeneratorRunner.Reasons(result, TrackingNames.Parse));
        Assert.All(GeneratorRunner.Reasons(result, TrackingNames.Specs), r => Assert.Contains(r, CachedOrUnchanged));
        Assert.All(GeneratorRunner.Reasons(result, TrackingNames.Catalog), r => Assert.Contains(r, CachedOrUnchanged));
        Assert.All(GeneratorRunner.Reasons(result, TrackingNames.Sets), r => Assert.Contains(r, CachedOrUnchanged));
    }

    [Fact]
    public void Editing_a_code_leaves_the_json_converters_unchanged()
    {
        var (driver, compilation, _, second) = Start(First, Second);

        driver = driver.ReplaceAdditionalText(second, new TestAdditionalText("/p/second.codes.yaml", Second.Replace("code: 2", "code: 3", System.StringComparison.Ordinal)));
        var result = driver.RunGenerators(compilation).GetRunResult();

        var json = GeneratorRunner.Reasons(result, TrackingNames.Json);
        Assert.Equal(2, json.Count);
        Assert.All(json, r => Assert.Contains(r, CachedOrUnchanged));
        Assert.Contains(IncrementalStepRunReason.Modified, GeneratorRunner.Reasons(result, TrackingNames.Sets));
    }

    [Fact]
    public void Editing_one_file_regenerates_only_its_sets()
    {
        var (driver, compilation, _, second) = Start(First, Second);

        driver = driver.ReplaceAdditionalText(second, new TestAdditionalText("/p/second.codes.yaml", Second.Replace("title: Two", "title: Deux", System.StringComparison.Ordinal)));
        var result = driver.RunGenerators(compilation).GetRunResult();

        var sets = result.Results.Single().TrackedSteps[TrackingNames.Sets].SelectMany(s => s.Outputs).ToList();
        Assert.Equal(2, sets.Count);
        Assert.Contains(sets[0].Reason, CachedOrUnchanged);
        Assert.Equal(IncrementalStepRunReason.Modified, sets[1].Reason);
        Assert.Contains("\n            Deux\n", result.GeneratedTrees.Single(t => t.FilePath.EndsWith("TestProject.Second.g.cs", System.StringComparison.Ordinal)).ToString(), System.StringComparison.Ordinal);
        Assert.All(GeneratorRunner.Reasons(result, TrackingNames.Locales), r => Assert.Contains(r, CachedOrUnchanged));
        var shared = GeneratorRunner.Reasons(result, TrackingNames.Shared);
        Assert.Single(shared);
        Assert.All(shared, r => Assert.Contains(r, CachedOrUnchanged));
    }

    private static (GeneratorDriver Driver, CSharpCompilation Compilation, AdditionalText First, AdditionalText Second) Start(string first, string second)
    {
        var compilation = GeneratorRunner.CreateCompilation("class Program { }");
        var firstText = new TestAdditionalText("/p/first.codes.yaml", first);
        var secondText = new TestAdditionalText("/p/second.codes.yaml", second);
        var driver = GeneratorRunner.CreateDriver(ImmutableArray.Create<AdditionalText>(firstText, secondText), GeneratorRunner.LatestParseOptions, null);
        var run = GeneratorRunner.RunChecked(driver, compilation);
        return (run.Driver, compilation, firstText, secondText);
    }
}
