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
/// StatusCodesLocales: only the chosen locales are generated (built-in definitions included), a text
/// missing in a chosen locale falls back as before, and names the definitions lack are warnings at
/// the project file.
/// </summary>
public sealed class LocaleSelectionTests
{
    private const string ProjectFile = "/p/App.csproj";

    private static readonly string[] BuiltInPaths = TestDefinitions.BuiltIn.Select(f => f.Path).ToArray();

    // fr-FR lacks the title of 2, which falls back to the file's default locale, en-US.
    private const string Orders = "locales: [en-US, fr-FR]\nsets:\n  - name: OrderStatus\n    codes:\n      - { code: 1, name: Placed, title: { en-US: Placed, fr-FR: Passée } }\n      - { code: 2, name: Shipped, title: { en-US: Shipped } }\n";

    [Fact]
    public void One_locale_generates_the_approved_locale_type_and_set()
    {
        var run = Run(TestDefinitions.BuiltIn, "zh-TW");

        Assert.Empty(run.Diagnostics);
        Snapshot.Verify(run.Source("TestProject.StatusLocale.g.cs"), "OneLocale.StatusLocale");
        Snapshot.Verify(run.Source("TestProject.PingProbeStatus.g.cs"), "OneLocale.PingProbeStatus");
        Assert.Empty(run.CompilationProblems);
    }

    [Fact]
    public void No_generated_file_carries_a_text_of_a_locale_left_out()
    {
        var all = Run(TestDefinitions.BuiltIn, null);
        var one = Run(TestDefinitions.BuiltIn, "en-US");

        Assert.Equal(all.HintNames.OrderBy(h => h, System.StringComparer.Ordinal), one.HintNames.OrderBy(h => h, System.StringComparer.Ordinal));
        var http = one.Source("TestProject.HttpStatus.g.cs");
        Assert.Contains("\n            Not Found\n", http, System.StringComparison.Ordinal);
        foreach (var source in one.Sources)
        {
            var text = source.SourceText.ToString();
            Assert.DoesNotContain("找不到", text, System.StringComparison.Ordinal);
            Assert.DoesNotContain("未找到", text, System.StringComparison.Ordinal);
            Assert.DoesNotContain("zh-CN:", text, System.StringComparison.Ordinal);
            Assert.DoesNotContain("zh-TW:", text, System.StringComparison.Ordinal);
            Assert.DoesNotContain("// zh-", text, System.StringComparison.Ordinal);
            Assert.DoesNotContain("), titles, zh-", text, System.StringComparison.Ordinal);
        }

        Assert.True(one.Sources.Sum(s => s.SourceText.Length) < all.Sources.Sum(s => s.SourceText.Length));
    }

    [Fact]
    public void The_chosen_locales_are_the_only_members_and_their_lookups_work_at_run_time()
    {
        const string use = """
            using System.Globalization;
            using TestProject;
            public static class Use
            {
                public static string Run() => string.Join("|",
                    string.Join(",", System.Enum.GetNames(typeof(StatusLocale))),
                    StatusLocales.Default,
                    HttpStatus.NotFound.GetTitle(StatusLocale.ZhTW),
                    HttpStatus.NotFound.GetTitle(StatusLocale.EnUS),
                    HttpStatus.NotFound.GetTitle(CultureInfo.GetCultureInfo("zh-HK")),
                    HttpStatus.NotFound.GetTitle(CultureInfo.GetCultureInfo("zh-CN")),
                    HttpStatus.NotFound.GetReasonPhrase(),
                    SiteMonitorCodes.TryGetTitle("PING", 610, StatusLocale.ZhTW, out var title) ? title : "?");
            }
            """;
        var run = Run(TestDefinitions.BuiltIn, "zh-tw; en-US", source: use);

        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationProblems);
        Assert.Equal("EnUS,ZhTW|EnUS|找不到|Not found|找不到|找不到|Not Found|無回應", GeneratedAssembly.RunUse(run.Output));
    }

    [Fact]
    public void A_text_missing_in_a_chosen_locale_falls_back_to_the_files_default_locale()
    {
        const string use = "using TestProject; public static class Use { public static string Run() => OrderStatus.Placed.GetTitle(StatusLocale.FrFR) + \"|\" + OrderStatus.Shipped.GetTitle(StatusLocale.FrFR) + \"|\" + System.Enum.GetNames(typeof(StatusLocale)).Length; }";
        var run = Run(new[] { ("/p/orders.codes.yaml", Orders) }, "fr-FR", source: use);

        Assert.Equal("SCG0203", Assert.Single(run.Diagnostics).Id);
        Assert.Empty(run.CompilationProblems);
        Assert.Equal("Passée|Shipped|1", GeneratedAssembly.RunUse(run.Output));
        var orders = run.Source("TestProject.OrderStatus.g.cs");
        Assert.Contains("/// <c>1</c> Passée", orders, System.StringComparison.Ordinal);
        Assert.DoesNotContain("en-US: Placed", orders, System.StringComparison.Ordinal);
    }

    [Fact]
    public void SCG0140_a_name_no_definition_provides_is_a_warning_at_the_project_file_and_the_others_still_apply()
    {
        var run = Run(TestDefinitions.BuiltIn, "en-US,de-DE", ProjectFile);

        var warning = Assert.Single(run.Diagnostics);
        Assert.Equal("SCG0140", warning.Id);
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        var span = warning.Location.GetLineSpan();
        Assert.Equal((ProjectFile, 0, 0), (span.Path, span.StartLinePosition.Line, span.StartLinePosition.Character));
        Assert.Equal(
            "StatusCodesLocales names 'de-DE', which no definition file of this project provides; it is ignored. Use names from: en-US, zh-CN, zh-TW.",
            warning.GetMessage(CultureInfo.InvariantCulture));
        var locales = run.Source("TestProject.StatusLocale.g.cs");
        Assert.Contains("EnUS = 0,", locales, System.StringComparison.Ordinal);
        Assert.DoesNotContain("ZhCN", locales, System.StringComparison.Ordinal);
        Assert.DoesNotContain("DeDE", locales, System.StringComparison.Ordinal);
    }

    [Fact]
    public void SCG0140_without_the_project_file_has_no_location()
    {
        var run = Run(TestDefinitions.BuiltIn, "en-US;xx");

        var warning = Assert.Single(run.Diagnostics);
        Assert.Equal("SCG0140", warning.Id);
        Assert.Equal(Location.None, warning.Location);
    }

    [Fact]
    public void SCG0140_when_no_name_is_left_every_locale_is_generated_and_the_warning_says_so()
    {
        var run = Run(TestDefinitions.BuiltIn, "de-DE", ProjectFile);

        var warning = Assert.Single(run.Diagnostics);
        Assert.Equal("SCG0140", warning.Id);
        Assert.Equal(ProjectFile, warning.Location.GetLineSpan().Path);
        Assert.Equal(
            "StatusCodesLocales names 'de-DE', which no definition file of this project provides; it is ignored, and as no name is left, every locale is generated. Use names from: en-US, zh-CN, zh-TW.",
            warning.GetMessage(CultureInfo.InvariantCulture));
        Assert.Equal(Run(TestDefinitions.BuiltIn, null).Source("TestProject.StatusLocale.g.cs"), run.Source("TestProject.StatusLocale.g.cs"));
    }

    [Fact]
    public void The_default_locale_property_is_generated_even_when_the_list_leaves_it_out()
    {
        var properties = Properties("zh-TW", null);
        properties["StatusCodesDefaultLocale"] = "zh-CN";
        var run = GeneratorRunner.Run(TestDefinitions.BuiltIn, "", properties, builtInPaths: BuiltInPaths);

        Assert.Empty(run.Diagnostics);
        var locales = run.Source("TestProject.StatusLocale.g.cs");
        Assert.Contains("ZhCN = 0,", locales, System.StringComparison.Ordinal);
        Assert.Contains("ZhTW = 1,", locales, System.StringComparison.Ordinal);
        Assert.DoesNotContain("EnUS", locales, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Changing_the_locales_rebuilds_the_catalog_without_parsing_again()
    {
        var compilation = GeneratorRunner.CreateCompilation("");
        var texts = TestDefinitions.BuiltIn.Select(f => (AdditionalText)new TestAdditionalText(f.Path, f.Text)).ToImmutableArray();
        var driver = GeneratorRunner.CreateDriver(texts, GeneratorRunner.LatestParseOptions, Properties(null, ProjectFile), BuiltInPaths);
        driver = driver.RunGenerators(compilation);

        // The project file alone changes nothing: without a list it is not part of the options.
        driver = driver.WithUpdatedAnalyzerConfigOptions(new TestOptionsProvider(Properties(null, "/elsewhere/App.csproj"), BuiltInPaths));
        driver = driver.RunGenerators(compilation);
        var unchanged = driver.GetRunResult();
        Assert.All(GeneratorRunner.Reasons(unchanged, TrackingNames.Catalog), r => Assert.Contains(r, new[] { IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged }));

        driver = driver.WithUpdatedAnalyzerConfigOptions(new TestOptionsProvider(Properties("en-US", ProjectFile), BuiltInPaths));
        var result = driver.RunGenerators(compilation).GetRunResult();
        Assert.All(GeneratorRunner.Reasons(result, TrackingNames.Parse), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        Assert.Contains(IncrementalStepRunReason.Modified, GeneratorRunner.Reasons(result, TrackingNames.Catalog));
        Assert.Contains(IncrementalStepRunReason.Modified, GeneratorRunner.Reasons(result, TrackingNames.Locales));
    }

    [Theory]
    [InlineData(null, "")]
    [InlineData("  ", "")]
    [InlineData("en-US", "en-US")]
    [InlineData(" en-US ; zh-TW,, EN-us ", "en-US|zh-TW")]
    public void The_property_value_parses_into_a_selection(string? value, string names)
    {
        var selection = LocaleSelection.Parse(value, ProjectFile);

        Assert.Equal(names.Length == 0, selection.IncludeAll);
        Assert.Equal(names, string.Join("|", selection.Names));
        Assert.Equal(names.Length == 0 ? null : ProjectFile, selection.ProjectFile);
    }

    private static Dictionary<string, string> Properties(string? locales, string? projectFile)
    {
        var properties = new Dictionary<string, string> { ["RootNamespace"] = GeneratorRunner.DefaultNamespace };
        if (locales is not null)
        {
            properties["StatusCodesLocales"] = locales;
        }

        if (projectFile is not null)
        {
            properties["_StatusCodesProjectFile"] = projectFile;
        }

        return properties;
    }

    private static GeneratorRun Run(IEnumerable<(string Path, string Text)> files, string? locales, string? projectFile = null, string source = "")
        => GeneratorRunner.Run(files, source, Properties(locales, projectFile), builtInPaths: BuiltInPaths);
}
