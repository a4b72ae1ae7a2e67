using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using StatusCodes.Generators.Tests.Infrastructure;
using Xunit;

namespace StatusCodes.Generators.Tests.Generator;

/// <summary>
/// <c>extend:</c> set entries: codes and texts added to a built-in set or to a set of another file,
/// with the findings at the exact place in the extending file.
/// </summary>
public sealed class SetExtensionTests
{
    private const string ExtensionPath = "/p/http-extra.codes.yaml";

    // Line 4 is the extend value (column 13); each code starts on its own line, its number at column 17.
    private const string JapaneseExtension = """
        locales: [en-US, ja-JP]
        sets:
          - extend: HttpStatus
            codes:
              - code: 444
                name: ConnectionClosedWithoutResponse
                title: { en-US: Connection closed without response, ja-JP: 応答なしで接続終了 }
                reference: https://nginx.org/en/docs/http/ngx_http_rewrite_module.html#return
              - code: 404
                title: { ja-JP: 見つかりません }
        """;

    private static readonly string[] BuiltInPaths = TestDefinitions.BuiltIn.Select(f => f.Path).ToArray();

    [Fact]
    public void New_codes_join_the_set_and_texts_in_new_locales_join_existing_codes()
    {
        const string source = """
            using System.Linq;
            using TestProject;
            public static class Use
            {
                public static string Run()
                {
                    var added = HttpStatusExtensions.FromCode(444);
                    return string.Join("|",
                        added.ToStringFast(),
                        added.GetReasonPhrase(),
                        added.GetTitle(StatusLocale.JaJP),
                        added.GetTitle(StatusLocale.ZhTW),
                        added.GetCategory(),
                        HttpStatus.NotFound.GetTitle(StatusLocale.JaJP),
                        HttpStatus.NotFound.GetTitle(StatusLocale.ZhTW),
                        HttpStatus.NotFound.GetTitle(StatusLocale.EnUS),
                        HttpStatus.Conflict.GetTitle(StatusLocale.JaJP),
                        HttpStatusExtensions.GetValues().Count(v => (int)v == 444),
                        HttpStatusExtensions.TryParse("ConnectionClosedWithoutResponse", out var parsed) && parsed == added,
                        HttpStatusExtensions.IsDefined(445));
                }
            }
            """;
        var run = Run(TestDefinitions.BuiltIn.Append((ExtensionPath, JapaneseExtension)), source);

        Assert.Empty(run.Diagnostics);
        Assert.True(run.CompilationProblems.Count == 0, string.Join("\n", run.CompilationProblems));
        Assert.Contains("JaJP = 3,", run.Source("TestProject.StatusLocale.g.cs"), System.StringComparison.Ordinal);
        Assert.Equal(
            "ConnectionClosedWithoutResponse|Connection closed without response|応答なしで接続終了|Connection closed without response|ClientError|見つかりません|找不到|Not found|Conflict|1|True|False",
            GeneratedAssembly.RunUse(run.Output));
    }

    [Fact]
    public void An_extended_set_generates_the_same_text_as_one_file_with_every_code()
    {
        var run = Run(TestDefinitions.BuiltIn.Append((ExtensionPath, JapaneseExtension)));

        Snapshot.Verify(run.Source("TestProject.HttpStatus.g.cs"), "Extended.HttpStatus");
    }

    [Fact]
    public void A_set_of_another_project_file_can_be_extended()
    {
        const string orders = "locales: [en-US]\nsets:\n  - name: OrderStatus\n    codes:\n      - { code: 1, name: Placed, title: Placed }\n";
        const string more = "locales: [en-US, fr-FR]\nsets:\n  - extend: OrderStatus\n    codes:\n      - { code: 2, name: Shipped, title: { en-US: Shipped, fr-FR: Expédiée } }\n      - { code: 1, title: { fr-FR: Passée } }\n";
        const string source = "using TestProject; public static class Use { public static string Run() => OrderStatus.Shipped.GetTitle(StatusLocale.FrFR) + \"|\" + OrderStatus.Placed.GetTitle(StatusLocale.FrFR) + \"|\" + OrderStatus.Placed.GetTitle(StatusLocale.EnUS); }";
        var run = GeneratorRunner.Run(new[] { ("/p/orders.codes.yaml", orders), ("/p/orders-more.codes.yaml", more) }, source);

        Assert.Empty(run.Diagnostics);
        Assert.Equal("Expédiée|Passée|Placed", GeneratedAssembly.RunUse(run.Output));
    }

    [Fact]
    public void SCG0130_replacing_a_text_in_a_locale_the_set_has_is_information_naming_both_files()
    {
        const string yaml = "locales: [en-US]\nsets:\n  - extend: HttpStatus\n    codes:\n      - code: 404\n        title: Nothing here\n";
        const string source = "using TestProject; public static class Use { public static string Run() => HttpStatus.NotFound.GetTitle(StatusLocale.EnUS) + \"|\" + HttpStatus.NotFound.GetTitle(StatusLocale.ZhTW); }";
        var run = Run(TestDefinitions.BuiltIn.Append((ExtensionPath, yaml)), source);

        var info = Assert.Single(run.Diagnostics);
        Assert.Equal(("SCG0130", DiagnosticSeverity.Info), (info.Id, info.Severity));
        AssertAt(info, 5, 15);
        Assert.Equal(
            $"The title of code 404 in set 'HttpStatus' in locale 'en-US' from '{TestDefinitions.BuiltIn[0].Path}' is replaced by the text from '{ExtensionPath}'.",
            info.GetMessage(CultureInfo.InvariantCulture));
        Assert.Equal("Nothing here|找不到", GeneratedAssembly.RunUse(run.Output));
    }

    [Fact]
    public void SCG0126_extending_a_set_that_is_not_generated_points_at_the_extend_value()
    {
        var run = Run(TestDefinitions.BuiltIn.Append((ExtensionPath, JapaneseExtension)), builtInSets: "PingProbeStatus");

        var error = Assert.Single(run.Diagnostics);
        Assert.Equal(("SCG0126", DiagnosticSeverity.Error), (error.Id, error.Severity));
        AssertAt(error, 3, 13);
        Assert.Equal(
            "'extend' names the set 'HttpStatus', but no set of that name is generated. Name a set of the project or a built-in set that StatusCodesBuiltInSets selects.",
            error.GetMessage(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void SCG0127_an_existing_code_under_another_name_points_at_the_name()
    {
        const string yaml = "locales: [en-US]\nsets:\n  - extend: HttpStatus\n    codes:\n      - { code: 404, name: Missing, title: Missing }\n";
        var run = Run(TestDefinitions.BuiltIn.Append((ExtensionPath, yaml)));

        var error = Assert.Single(run.Diagnostics);
        Assert.Equal("SCG0127", error.Id);
        AssertAt(error, 5, 28);
        Assert.Equal(
            "Code 404 already exists in set 'HttpStatus' as 'NotFound', so this extension cannot name it 'Missing'. Write 'name: NotFound', or leave 'name' out to add texts only.",
            error.GetMessage(CultureInfo.InvariantCulture));
        Assert.DoesNotContain("Missing", run.Source("TestProject.HttpStatus.g.cs"), System.StringComparison.Ordinal);
    }

    [Fact]
    public void SCG0128_a_name_that_belongs_to_another_code_points_at_the_name_and_the_code_is_left_out()
    {
        const string yaml = "locales: [en-US]\nsets:\n  - extend: HttpStatus\n    codes:\n      - { code: 460, name: NotFound, title: Client closed }\n";
        var run = Run(TestDefinitions.BuiltIn.Append((ExtensionPath, yaml)));

        var error = Assert.Single(run.Diagnostics);
        Assert.Equal("SCG0128", error.Id);
        AssertAt(error, 5, 28);
        Assert.Equal("The name 'NotFound' already belongs to code 404 of set 'HttpStatus'. Choose another name for code 460.", error.GetMessage(CultureInfo.InvariantCulture));
        Assert.DoesNotContain(" = 460,\n", run.Source("TestProject.HttpStatus.g.cs"), System.StringComparison.Ordinal);
        Assert.DoesNotContain("<c>460</c>", run.Source("TestProject.HttpStatus.g.cs"), System.StringComparison.Ordinal);
        Assert.Empty(run.CompilationProblems);
    }

    [Fact]
    public void SCG0129_two_extensions_adding_the_same_code_report_the_second_at_its_code()
    {
        const string first = "locales: [en-US]\nsets:\n  - extend: HttpStatus\n    codes:\n      - { code: 444, name: NoResponse, title: No response }\n";
        const string second = "locales: [en-US]\nsets:\n  - extend: HttpStatus\n    codes:\n      - { code: 444, name: NoResponse, title: Closed }\n";
        var run = Run(TestDefinitions.BuiltIn.Append(("/p/a.codes.yaml", first)).Append(("/p/b.codes.yaml", second)));

        var error = Assert.Single(run.Diagnostics);
        Assert.Equal("SCG0129", error.Id);
        Assert.Equal("/p/b.codes.yaml", error.Location.GetLineSpan().Path);
        AssertAt(error, 5, 17);
        Assert.Equal(
            "Code 444 is added to set 'HttpStatus' by '/p/a.codes.yaml' already. Add each code in one extension only, or leave 'name' out here to add texts only.",
            error.GetMessage(CultureInfo.InvariantCulture));
        Assert.Contains("\n            No response\n", run.Source("TestProject.HttpStatus.g.cs"), System.StringComparison.Ordinal);
    }

    [Fact]
    public void SCG0131_an_extension_cannot_change_the_reason_or_references_of_an_existing_code()
    {
        const string yaml = "locales: [en-US]\nsets:\n  - extend: HttpStatus\n    codes:\n      - { code: 404, reason: Vanished, title: Vanished }\n";
        var run = Run(TestDefinitions.BuiltIn.Append((ExtensionPath, yaml)));

        var error = Assert.Single(run.Diagnostics);
        Assert.Equal("SCG0131", error.Id);
        AssertAt(error, 5, 17);
        Assert.DoesNotContain("Vanished", run.Source("TestProject.HttpStatus.g.cs"), System.StringComparison.Ordinal);
    }

    [Fact]
    public void SCG0003_a_code_the_set_lacks_needs_a_name()
    {
        const string yaml = "locales: [en-US]\nsets:\n  - extend: HttpStatus\n    codes:\n      - { code: 444, title: Closed }\n";
        var run = Run(TestDefinitions.BuiltIn.Append((ExtensionPath, yaml)));

        var error = Assert.Single(run.Diagnostics);
        Assert.Equal("SCG0003", error.Id);
        AssertAt(error, 5, 17);
        Assert.Equal("Code 444, which set 'HttpStatus' does not have, is missing the required key 'name'. Add it.", error.GetMessage(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void An_edit_that_only_moves_the_extension_leaves_the_emitted_sets_cached()
    {
        var files = TestDefinitions.BuiltIn.Append((Path: ExtensionPath, Text: JapaneseExtension)).ToArray();
        var compilation = GeneratorRunner.CreateCompilation(string.Empty);
        var texts = files.Select(f => (AdditionalText)new TestAdditionalText(f.Path, f.Text)).ToImmutableArray();
        var driver = GeneratorRunner.CreateDriver(texts, GeneratorRunner.LatestParseOptions, GeneratorRunner.DefaultProperties, BuiltInPaths).RunGenerators(compilation);

        var moved = new TestAdditionalText(ExtensionPath, "# a comment\n" + JapaneseExtension);
        driver = driver.ReplaceAdditionalText(texts.Last(), moved).RunGenerators(compilation);

        Assert.All(GeneratorRunner.Reasons(driver.GetRunResult(), TrackingNames.Sets), r => Assert.Contains(r, new[] { IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged }));
    }

    private static void AssertAt(Diagnostic diagnostic, int line, int column)
    {
        var start = diagnostic.Location.GetLineSpan().StartLinePosition;
        Assert.Equal((line, column), (start.Line + 1, start.Character + 1));
    }

    private static GeneratorRun Run(IEnumerable<(string Path, string Text)> files, string source = "", string? builtInSets = null)
    {
        var properties = new Dictionary<string, string> { ["RootNamespace"] = GeneratorRunner.DefaultNamespace };
        if (builtInSets is not null)
        {
            properties["StatusCodesBuiltInSets"] = builtInSets;
        }

        return GeneratorRunner.Run(files, source, properties, builtInPaths: BuiltInPaths);
    }
}
