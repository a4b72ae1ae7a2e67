using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using StatusCodes.Definitions.Catalog;
using StatusCodes.Generators.Tests.Infrastructure;
using Xunit;

namespace StatusCodes.Generators.Tests.Generator;

/// <summary>
/// The package's own definitions (AdditionalFiles with StatusCodesBuiltIn="true"): selected with
/// StatusCodesBuiltInSets, replaced by a project set of the same name.
/// </summary>
public sealed class BuiltInSetsTests
{
    private const string ProjectHttpPath = "/p/http-override.codes.yaml";

    // The set name 'HttpStatus' starts at line 3, column 11 (zero-based 2, 10).
    private const string ProjectHttp = "locales: [en-US]\nsets:\n  - name: HttpStatus\n    codes:\n      - { code: 200, name: Fine, title: All fine }\n      - { code: 503, name: Busy, title: Too busy }\n";

    private const string Orders = "locales: [en-US, fr-FR]\nsets:\n  - name: OrderStatus\n    codes:\n      - { code: 1, name: Placed, title: { en-US: Placed, fr-FR: Passée } }\n";

    private static readonly string[] BuiltInPaths = TestDefinitions.BuiltIn.Select(f => f.Path).ToArray();

    private static readonly string[] AllBuiltInHints =
    {
        "TestProject.HttpStatus.g.cs", "TestProject.HttpProbeStatus.g.cs", "TestProject.PingProbeStatus.g.cs", "TestProject.TcpProbeStatus.g.cs",
        "TestProject.UdpProbeStatus.g.cs", "TestProject.DnsProbeStatus.g.cs", "TestProject.SmtpProbeStatus.g.cs", "TestProject.Pop3ProbeStatus.g.cs",
        "TestProject.FtpProbeStatus.g.cs", "TestProject.SiteMonitorCodes.g.cs", "TestProject.StatusCodeTables.g.cs", "TestProject.StatusLocale.g.cs",
    };

    [Fact]
    public void By_default_every_built_in_set_generates_exactly_as_an_ordinary_file_would()
    {
        var builtIn = Run(TestDefinitions.BuiltIn);
        var ordinary = GeneratorRunner.Run(TestDefinitions.BuiltIn);

        Assert.Empty(builtIn.Diagnostics);
        Assert.Equal(AllBuiltInHints.OrderBy(h => h, System.StringComparer.Ordinal), builtIn.PrimaryHintNames.OrderBy(h => h, System.StringComparer.Ordinal));
        foreach (var hint in AllBuiltInHints)
        {
            Assert.Equal(ordinary.Source(hint), builtIn.Source(hint));
        }
    }

    [Theory]
    [InlineData("all")]
    [InlineData(" ALL ")]
    [InlineData("")]
    public void All_or_an_empty_value_selects_every_built_in_set(string value)
    {
        var run = Run(TestDefinitions.BuiltIn, value);

        Assert.Empty(run.Diagnostics);
        Assert.Equal(AllBuiltInHints.Length, run.PrimaryHintNames.Count());
    }

    [Fact]
    public void None_generates_only_the_projects_own_sets_and_locales()
    {
        var run = Run(TestDefinitions.BuiltIn.Append(("/p/orders.codes.yaml", Orders)), "none", "using TestProject; public static class Use { public static string M() => OrderStatus.Placed.GetTitle(StatusLocale.FrFR); }");

        Assert.Empty(run.Diagnostics);
        Assert.Equal(new[] { "TestProject.OrderStatus.g.cs", "TestProject.StatusCodeTables.g.cs", "TestProject.StatusLocale.g.cs" }, run.PrimaryHintNames.OrderBy(h => h, System.StringComparer.Ordinal));
        var locales = run.Source("TestProject.StatusLocale.g.cs");
        Assert.Contains("FrFR = 1,", locales, System.StringComparison.Ordinal);
        Assert.DoesNotContain("ZhTW", locales, System.StringComparison.Ordinal);
        Assert.Empty(run.CompilationProblems);
    }

    [Fact]
    public void None_without_definitions_of_the_project_generates_nothing()
    {
        var run = Run(TestDefinitions.BuiltIn, "none");

        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.PrimaryHintNames);
    }

    [Fact]
    public void A_list_selects_sets_by_name_ignoring_case_with_either_separator()
    {
        var run = Run(TestDefinitions.BuiltIn, "pingprobestatus; HttpStatus,TcpProbeStatus", "public static class Use { public static bool M() => TestProject.SiteMonitorCodes.TryGetTitle(\"PING\", 610, TestProject.StatusLocale.ZhTW, out _); }");

        Assert.Empty(run.Diagnostics);
        Assert.Equal(
            new[] { "TestProject.HttpStatus.g.cs", "TestProject.PingProbeStatus.g.cs", "TestProject.SiteMonitorCodes.g.cs", "TestProject.StatusCodeTables.g.cs", "TestProject.StatusLocale.g.cs", "TestProject.TcpProbeStatus.g.cs" },
            run.PrimaryHintNames.OrderBy(h => h, System.StringComparer.Ordinal));
        var group = run.Source("TestProject.SiteMonitorCodes.g.cs");
        Assert.Contains("\"PING\"", group, System.StringComparison.Ordinal);
        Assert.DoesNotContain("\"UDP\"", group, System.StringComparison.Ordinal);
        Assert.Empty(run.CompilationProblems);
    }

    [Fact]
    public void A_selected_set_brings_the_set_it_falls_back_to()
    {
        var run = Run(TestDefinitions.BuiltIn, "HttpProbeStatus");

        Assert.Empty(run.Diagnostics);
        Assert.Contains("TestProject.HttpStatus.g.cs", run.PrimaryHintNames);
        Assert.Contains("TestProject.HttpProbeStatus.g.cs", run.PrimaryHintNames);
        Assert.DoesNotContain("TestProject.PingProbeStatus.g.cs", run.PrimaryHintNames);
        Assert.Empty(run.CompilationProblems);
    }

    [Fact]
    public void SCG0305_an_unknown_name_in_the_list_is_a_warning_and_the_known_names_still_generate()
    {
        var run = Run(TestDefinitions.BuiltIn, "PingProbeStatus;Bogus");

        var warning = Assert.Single(run.Diagnostics);
        Assert.Equal("SCG0305", warning.Id);
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.Equal(Location.None, warning.Location);
        Assert.Equal(
            "StatusCodesBuiltInSets names 'Bogus', which is not a built-in set; it is ignored. Use 'all', 'none', or names from: HttpStatus, HttpProbeStatus, PingProbeStatus, TcpProbeStatus, UdpProbeStatus, DnsProbeStatus, SmtpProbeStatus, Pop3ProbeStatus, FtpProbeStatus.",
            warning.GetMessage(CultureInfo.InvariantCulture));
        Assert.Contains("TestProject.PingProbeStatus.g.cs", run.PrimaryHintNames);
        Assert.DoesNotContain("TestProject.HttpStatus.g.cs", run.PrimaryHintNames);
    }

    [Fact]
    public void SCG0304_a_project_set_with_a_built_in_name_replaces_it_and_says_so_at_its_name()
    {
        const string usage = "using TestProject; public static class Use { public static bool M() => SiteMonitorCodes.TryGetTitle(\"HTTP\", 503, StatusLocale.EnUS, out _) && HttpStatus.Busy.IsDefined(); }";
        var run = Run(TestDefinitions.BuiltIn.Append((ProjectHttpPath, ProjectHttp)), source: usage);

        var info = Assert.Single(run.Diagnostics);
        Assert.Equal("SCG0304", info.Id);
        Assert.Equal(DiagnosticSeverity.Info, info.Severity);
        var span = info.Location.GetLineSpan();
        Assert.Equal((ProjectHttpPath, 2, 10, 2, 20), (span.Path, span.StartLinePosition.Line, span.StartLinePosition.Character, span.EndLinePosition.Line, span.EndLinePosition.Character));
        Assert.Equal(
            "Set 'HttpStatus' replaces the built-in set of the same name in namespace 'TestProject'. To keep both, rename this set or give its file another namespace.",
            info.GetMessage(CultureInfo.InvariantCulture));

        var http = run.Source("TestProject.HttpStatus.g.cs");
        Assert.Contains("Busy = 503,", http, System.StringComparison.Ordinal);
        Assert.DoesNotContain("NotFound", http, System.StringComparison.Ordinal);
        Assert.Contains("TestProject.HttpProbeStatus.g.cs", run.PrimaryHintNames);
        Assert.Empty(run.CompilationProblems);
    }

    [Fact]
    public void A_project_set_of_the_same_name_in_another_namespace_keeps_both()
    {
        var run = Run(TestDefinitions.BuiltIn.Append((ProjectHttpPath, "namespace: Contoso.Web\n" + ProjectHttp)));

        Assert.Empty(run.Diagnostics);
        Assert.Contains("TestProject.HttpStatus.g.cs", run.PrimaryHintNames);
        Assert.Contains("Contoso.Web.HttpStatus.g.cs", run.PrimaryHintNames);
        Assert.Empty(run.CompilationProblems);
    }

    [Fact]
    public void A_project_set_named_like_a_built_in_set_that_is_not_selected_is_just_a_set()
    {
        var run = Run(TestDefinitions.BuiltIn.Append((ProjectHttpPath, ProjectHttp)), "PingProbeStatus");

        Assert.Empty(run.Diagnostics);
        Assert.Contains("Busy = 503,", run.Source("TestProject.HttpStatus.g.cs"), System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_built_in_file_left_without_sets_contributes_no_locales()
    {
        const string english = "locales: [en-US]\nsets:\n  - name: Own\n    codes:\n      - { code: 1, name: One, title: One }\n";
        var run = Run(new[] { TestDefinitions.BuiltIn[0], ("/p/own.codes.yaml", english), ("/p/http-override.codes.yaml", ProjectHttp) });

        Assert.Equal("SCG0304", Assert.Single(run.Diagnostics).Id);
        Assert.DoesNotContain("ZhCN", run.Source("TestProject.StatusLocale.g.cs"), System.StringComparison.Ordinal);
    }

    [Fact]
    public void Files_without_the_metadata_are_never_built_in()
    {
        var run = GeneratorRunner.Run(
            TestDefinitions.BuiltIn.Append((ProjectHttpPath, ProjectHttp)),
            properties: new Dictionary<string, string> { ["RootNamespace"] = GeneratorRunner.DefaultNamespace, ["StatusCodesBuiltInSets"] = "none" });

        // Nothing is built in, so 'none' removes nothing and the two HttpStatus sets clash.
        Assert.Equal("SCG0104", Assert.Single(run.Diagnostics).Id);
        Assert.Contains("TestProject.PingProbeStatus.g.cs", run.PrimaryHintNames);
    }

    [Fact]
    public void New_options_with_the_same_values_leave_the_parsed_files_cached()
    {
        var (driver, compilation) = Start(TestDefinitions.BuiltIn, GeneratorRunner.DefaultProperties);

        driver = driver.WithUpdatedAnalyzerConfigOptions(new TestOptionsProvider(GeneratorRunner.DefaultProperties, BuiltInPaths));
        var result = driver.RunGenerators(compilation).GetRunResult();

        Assert.All(GeneratorRunner.Reasons(result, TrackingNames.Files), r => Assert.Contains(r, new[] { IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged }));
        Assert.All(GeneratorRunner.Reasons(result, TrackingNames.Parse), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        Assert.All(GeneratorRunner.Reasons(result, TrackingNames.Sets), r => Assert.Contains(r, new[] { IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged }));
    }

    [Fact]
    public void Changing_the_selection_rebuilds_the_catalog_without_parsing_again()
    {
        var (driver, compilation) = Start(TestDefinitions.BuiltIn, GeneratorRunner.DefaultProperties);

        var properties = new Dictionary<string, string> { ["RootNamespace"] = GeneratorRunner.DefaultNamespace, ["StatusCodesBuiltInSets"] = "PingProbeStatus" };
        driver = driver.WithUpdatedAnalyzerConfigOptions(new TestOptionsProvider(properties, BuiltInPaths));
        var result = driver.RunGenerators(compilation).GetRunResult();

        Assert.All(GeneratorRunner.Reasons(result, TrackingNames.Parse), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        Assert.Contains(IncrementalStepRunReason.Modified, GeneratorRunner.Reasons(result, TrackingNames.Catalog));
        Assert.Equal(
            new[] { "TestProject.PingProbeStatus.Json.g.cs", "TestProject.PingProbeStatus.Utf8.g.cs", "TestProject.PingProbeStatus.g.cs", "TestProject.SiteMonitorCodes.g.cs", "TestProject.StatusCodeTables.g.cs", "TestProject.StatusLocale.g.cs" },
            result.Results.Single().GeneratedSources.Select(s => s.HintName).OrderBy(h => h, System.StringComparer.Ordinal));
    }

    [Fact]
    public void Marking_a_file_built_in_reparses_only_that_file()
    {
        var files = TestDefinitions.BuiltIn.Append(("/p/orders.codes.yaml", Orders)).ToArray();
        var (driver, compilation) = Start(files, GeneratorRunner.DefaultProperties);

        driver = driver.WithUpdatedAnalyzerConfigOptions(new TestOptionsProvider(GeneratorRunner.DefaultProperties, BuiltInPaths.Append("/p/orders.codes.yaml")));
        var result = driver.RunGenerators(compilation).GetRunResult();

        var parse = GeneratorRunner.Reasons(result, TrackingNames.Parse);
        Assert.Equal(1, parse.Count(r => r == IncrementalStepRunReason.Modified));
        Assert.Equal(2, parse.Count(r => r == IncrementalStepRunReason.Cached));
    }

    [Theory]
    [InlineData(null, true, "")]
    [InlineData("  ", true, "")]
    [InlineData("All", true, "")]
    [InlineData("NONE", false, "")]
    [InlineData("HttpStatus", false, "HttpStatus")]
    [InlineData(" HttpStatus ; PingProbeStatus,, httpstatus ", false, "HttpStatus|PingProbeStatus")]
    [InlineData("none;HttpStatus", false, "none|HttpStatus")]
    public void The_property_value_parses_into_a_selection(string? value, bool all, string names)
    {
        var selection = BuiltInSelection.Parse(value);

        Assert.Equal(all, selection.IncludeAll);
        Assert.Equal(names, string.Join("|", selection.Names));
    }

    private static GeneratorRun Run(IEnumerable<(string Path, string Text)> files, string? builtInSets = null, string source = "")
    {
        var properties = new Dictionary<string, string> { ["RootNamespace"] = GeneratorRunner.DefaultNamespace };
        if (builtInSets is not null)
        {
            properties["StatusCodesBuiltInSets"] = builtInSets;
        }

        return GeneratorRunner.Run(files, source, properties, builtInPaths: BuiltInPaths);
    }

    private static (GeneratorDriver Driver, Microsoft.CodeAnalysis.CSharp.CSharpCompilation Compilation) Start(IEnumerable<(string Path, string Text)> files, IReadOnlyDictionary<string, string> properties)
    {
        var compilation = GeneratorRunner.CreateCompilation("class Program { }");
        var texts = files.Select(f => (AdditionalText)new TestAdditionalText(f.Path, f.Text)).ToImmutableArray();
        var run = GeneratorRunner.RunChecked(GeneratorRunner.CreateDriver(texts, GeneratorRunner.LatestParseOptions, properties, BuiltInPaths), compilation);
        return (run.Driver, compilation);
    }
}
