using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using StatusCodes.Generators.Tests.Infrastructure;
using Xunit;

namespace StatusCodes.Generators.Tests.Generator;

/// <summary>Findings as the compiler shows them: ID, severity, file, line and column.</summary>
public sealed class GeneratorDiagnosticTests
{
    private const string Good = "locales: [en-US]\nsets:\n  - name: Good\n    codes:\n      - { code: 1, name: One, title: One }\n";

    [Fact]
    public void Definition_findings_carry_the_yaml_file_and_exact_span()
    {
        var run = GeneratorRunner.Run(new[] { ("/p/bad.codes.yaml", "locales: [en-US]\nsets:\n  - name: Bad\n    codez: []\n") });

        var unknown = run.Diagnostics.Single(d => d.Id == "SCG0002");
        Assert.Equal(DiagnosticSeverity.Error, unknown.Severity);
        var span = unknown.Location.GetLineSpan();
        Assert.Equal("/p/bad.codes.yaml", span.Path);
        Assert.Equal((3, 4, 3, 9), (span.StartLinePosition.Line, span.StartLinePosition.Character, span.EndLinePosition.Line, span.EndLinePosition.Character));
        Assert.Equal("Unknown key 'codez' in the set. Did you mean 'codes'? Remove it or correct its spelling.", unknown.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Contains(run.Diagnostics, d => d.Id == "SCG0003");
    }

    [Fact]
    public void A_bad_file_never_stops_a_good_file_from_generating()
    {
        var run = GeneratorRunner.Run(new[]
        {
            ("/p/broken.codes.yaml", "locales: [en-US\n  oops: : :\n"),
            ("/p/good.codes.yaml", Good),
        });

        Assert.Contains(run.Diagnostics, d => d.Id == "SCG0001" && d.Location.GetLineSpan().Path == "/p/broken.codes.yaml");
        Assert.Contains("TestProject.Good.g.cs", run.HintNames);
        Assert.Empty(run.CompilationProblems);
    }

    [Fact]
    public void SCG0104_duplicate_set_across_files_points_at_the_second_file()
    {
        var run = GeneratorRunner.Run(new[] { ("/p/a.codes.yaml", Good), ("/p/b.codes.yaml", Good) });

        var duplicate = run.Diagnostics.Single(d => d.Id == "SCG0104");
        var span = duplicate.Location.GetLineSpan();
        Assert.Equal(("/p/b.codes.yaml", 2, 10), (span.Path, span.StartLinePosition.Line, span.StartLinePosition.Character));
        Assert.Equal("A set named 'Good' is already defined in namespace 'TestProject' by '/p/a.codes.yaml'. Rename one of the sets.", duplicate.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Single(run.HintNames, h => h == "TestProject.Good.g.cs");
    }

    [Fact]
    public void SCG0111_unknown_fallback_and_SCG0112_duplicate_group_key_point_at_the_set()
    {
        const string yaml = "locales: [en-US]\ngroup: Probe\nsets:\n"
            + "  - { name: A, key: PING, fallback: Missing, codes: [ { code: 1, name: X, title: x } ] }\n"
            + "  - { name: B, key: ping, codes: [ { code: 1, name: X, title: x } ] }\n";
        var run = GeneratorRunner.Run(new[] { ("/p/probe.codes.yaml", yaml) });

        var fallback = run.Diagnostics.Single(d => d.Id == "SCG0111").Location.GetLineSpan();
        Assert.Equal((3, 36), (fallback.StartLinePosition.Line, fallback.StartLinePosition.Character));
        var key = run.Diagnostics.Single(d => d.Id == "SCG0112").Location.GetLineSpan();
        Assert.Equal((4, 20), (key.StartLinePosition.Line, key.StartLinePosition.Character));
    }

    [Fact]
    public void SCG0206_unknown_default_locale_is_a_warning_and_the_first_locale_is_used()
    {
        var run = GeneratorRunner.Run(
            new[] { ("/p/good.codes.yaml", Good) },
            properties: new Dictionary<string, string> { ["RootNamespace"] = "TestProject", ["StatusCodesDefaultLocale"] = "fr-FR" });

        var warning = run.Diagnostics.Single(d => d.Id == "SCG0206");
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.Equal(Location.None, warning.Location);
    }

    [Fact]
    public void SCG0301_old_language_version_is_reported_and_nothing_is_generated()
    {
        var run = GeneratorRunner.Run(new[] { ("/p/good.codes.yaml", Good) }, parseOptions: new CSharpParseOptions(LanguageVersion.CSharp7_3));

        var error = run.Diagnostics.Single(d => d.Id == "SCG0301");
        Assert.Equal("StatusCodes.Generators emits C# 8 code, but this project compiles as C# 7.3. Set <LangVersion>8.0</LangVersion> or later in the project file.", error.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Empty(run.HintNames);
    }

    [Theory]
    [InlineData("StatusCodesAccessibility", "protected")]
    [InlineData("StatusCodesNamespace", "My-Namespace")]
    [InlineData("StatusCodesMaxDepth", "-3")]
    [InlineData("StatusCodesDefaultLocale", "english")]
    public void SCG0302_invalid_msbuild_property_names_the_property_and_value(string property, string value)
    {
        var run = GeneratorRunner.Run(
            new[] { ("/p/good.codes.yaml", Good) },
            properties: new Dictionary<string, string> { ["RootNamespace"] = "TestProject", [property] = value });

        var error = run.Diagnostics.Single(d => d.Id == "SCG0302");
        Assert.StartsWith($"The MSBuild property {property} has the invalid value '{value}'. ", error.GetMessage(System.Globalization.CultureInfo.InvariantCulture), System.StringComparison.Ordinal);
        Assert.Contains("TestProject.Good.g.cs", run.HintNames);
    }

    [Fact]
    public void SCG0303_an_unreadable_file_is_reported_not_thrown()
    {
        var compilation = GeneratorRunner.CreateCompilation(string.Empty);
        var driver = GeneratorRunner.CreateDriver(
            ImmutableArray.Create<AdditionalText>(new TestAdditionalText("/p/unreadable.codes.yaml", (string?)null), new TestAdditionalText("/p/good.codes.yaml", Good)),
            GeneratorRunner.LatestParseOptions,
            null);
        var run = GeneratorRunner.RunChecked(driver, compilation);

        var error = run.Diagnostics.Single(d => d.Id == "SCG0303");
        Assert.Equal("/p/unreadable.codes.yaml", error.Location.GetLineSpan().Path);
        Assert.Contains("TestProject.Good.g.cs", run.HintNames);
    }

    [Fact]
    public void Files_that_are_not_definitions_are_ignored()
    {
        var run = GeneratorRunner.Run(new[] { ("/p/appsettings.yaml", "not: [a definition"), ("/p/x.codes.yml", Good) });

        Assert.Empty(run.Diagnostics);
        Assert.Contains("TestProject.Good.g.cs", run.HintNames);
    }

    [Fact]
    public void Keyword_names_are_escaped_and_compile()
    {
        const string yaml = "namespace: My.@class.Codes\nlocales: [en-US]\nsets: []\n";
        Assert.Contains(GeneratorRunner.Run(new[] { ("/p/k.codes.yaml", yaml) }).Diagnostics, d => d.Id == "SCG0115");

        const string keywords = "namespace: Keywords.@event\nlocales: [en-US]\nsets:\n  - name: @class\n    categories: [ { name: @default, from: 1, to: 9, title: d } ]\n    codes:\n      - { code: 1, name: @int, aliases: [@string], title: An int }\n      - { code: 2, name: @return, title: Return }\n";
        var escaped = keywords.Replace("@", string.Empty, System.StringComparison.Ordinal);
        var run = GeneratorRunner.Run(new[] { ("/p/keywords.codes.yaml", escaped) }, "public static class Use { public static string M() => global::Keywords.@event.@classExtensions.GetTitle(global::Keywords.@event.@class.@int, global::TestProject.StatusLocale.EnUS) + global::Keywords.@event.@classExtensions.Isdefault(global::Keywords.@event.@class.@return); }");

        Assert.Empty(run.Diagnostics);
        Assert.DoesNotContain(run.CompilationProblems, d => d.Id != "CS0618");
        Assert.Contains("    internal enum @class", run.Source("Keywords.event.class.g.cs"), System.StringComparison.Ordinal);
    }
}
