using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using StatusCodes.Definitions;
using StatusCodes.Definitions.Catalog;
using StatusCodes.Definitions.Schema;
using StatusCodes.Definitions.Specs;
using StatusCodes.Generators.Tests.Generator;
using StatusCodes.Generators.Tests.Infrastructure;
using Xunit;

namespace StatusCodes.Generators.Tests.Catalog;

/// <summary>
/// <see cref="DefinitionSet"/>: files → built-in selection → catalog → located findings, the one way
/// the generator, the tool and the fuzz tests take.
/// </summary>
public sealed class DefinitionSetTests
{
    private static readonly CatalogOptions Options = new(GeneratorRunner.DefaultNamespace, false, null);

    // 'PaymentStatus' is written at line 3, column 11; b's title lacks its zh-CN text (SCG0203 at line 7).
    private const string Payments = "locales: [en-US, zh-CN]\nsets:\n  - name: PaymentStatus\n    codes:\n      - code: 1\n        name: Approved\n        title: { en-US: Approved, zh-CN: 已批准 }\n";

    private const string PaymentsWithoutChinese = "locales: [en-US, zh-CN]\nsets:\n  - name: PaymentStatus\n    codes:\n      - code: 1\n        name: Approved\n        title: { en-US: Approved }\n";

    // 'HttpStatus' is written at line 3, column 11.
    private const string ProjectHttp = "locales: [en-US]\nsets:\n  - name: HttpStatus\n    codes:\n      - { code: 200, name: Fine, title: All fine }\n";

    [Fact]
    public void Each_files_findings_come_first_then_the_cross_file_ones_at_the_set_they_name()
    {
        var set = DefinitionSet.Build(Files(("/p/a.codes.yaml", Payments), ("/p/b.codes.yaml", PaymentsWithoutChinese)), BuiltInSelection.All, Options);

        Assert.Equal(
            new[]
            {
                "/p/b.codes.yaml(7,16): warning SCG0203: The title of code 1 'Approved' has no text in locale 'zh-CN'; the 'en-US' text is used instead. Add a 'zh-CN' entry.",
                "/p/b.codes.yaml(3,11): error SCG0104: A set named 'PaymentStatus' is already defined in namespace 'TestProject' by '/p/a.codes.yaml'. Rename one of the sets.",
            },
            set.Diagnostics.Select(d => d.ToString()));
        Assert.Equal("SCG0104", Assert.Single(set.Issues).Descriptor.Id);
        Assert.Equal("PaymentStatus", Assert.Single(set.Catalog!.Sets).Name);
    }

    [Fact]
    public void The_built_in_selection_applies_before_the_catalog_and_its_findings_come_first()
    {
        var files = new[]
        {
            BuiltIn("/defs/http.codes.yaml", TestDefinitions.Http),
            Parse("/p/a.codes.yaml", Payments),
            Parse("/p/b.codes.yaml", Payments),
            Parse("/p/http.codes.yaml", ProjectHttp),
        };

        var set = DefinitionSet.Build(files, BuiltInSelection.Parse("all;Bogus"), Options);

        Assert.Equal(new[] { "SCG0305", "SCG0304", "SCG0104" }, set.Diagnostics.Select(d => d.Id));
        Assert.Null(set.Diagnostics[0].Location);
        Assert.StartsWith("/p/http.codes.yaml(3,11): info SCG0304: ", set.Diagnostics[1].ToString(), StringComparison.Ordinal);
        Assert.StartsWith("/p/b.codes.yaml(3,11): error SCG0104: ", set.Diagnostics[2].ToString(), StringComparison.Ordinal);
        var http = Assert.Single(set.Catalog!.Sets, s => s.Name == "HttpStatus");
        Assert.Equal(new[] { "Fine" }, http.Codes.Select(c => c.Name));
    }

    [Fact]
    public void An_opt_in_built_in_set_is_in_the_catalog_only_when_the_selection_names_it()
    {
        var grpc = new[] { BuiltIn("/defs/grpc.codes.yaml", TestPaths.ReadDefinition("grpc.codes.yaml")) };

        var byDefault = DefinitionSet.Build(grpc, BuiltInSelection.All, Options);
        var named = DefinitionSet.Build(grpc, BuiltInSelection.Parse("GrpcStatus"), Options);

        Assert.Empty(byDefault.Catalog!.Sets);
        Assert.Equal("GrpcStatus", Assert.Single(named.Catalog!.Sets).Name);
        Assert.Empty(named.Diagnostics);
    }

    [Fact]
    public void Without_a_readable_file_there_is_no_catalog_and_only_the_files_own_findings()
    {
        var set = DefinitionSet.Build(Files(("/p/broken.codes.yaml", "sets: [\n")), BuiltInSelection.All, Options with { DefaultLocale = "fr-FR" });

        Assert.Null(set.Catalog);
        Assert.Empty(set.Issues);
        Assert.Equal(set.Files.Single().Diagnostics, set.Diagnostics);
        Assert.NotEmpty(set.Diagnostics);
    }

    [Fact]
    public void Parsing_text_gives_what_parsing_first_gives()
    {
        var fromText = DefinitionSet.Build(new[] { new KeyValuePair<string, string>("/p/a.codes.yaml", PaymentsWithoutChinese) }, BuiltInSelection.All, Options);
        var fromResults = DefinitionSet.Build(Files(("/p/a.codes.yaml", PaymentsWithoutChinese)), BuiltInSelection.All, Options);

        Assert.Equal(fromResults.Files, fromText.Files);
        Assert.Equal(fromResults.Catalog, fromText.Catalog);
        Assert.Equal(fromResults.Diagnostics, fromText.Diagnostics);
    }

    [Fact]
    public void The_generator_reports_exactly_the_findings_of_the_set()
    {
        var files = new[]
        {
            ("/p/a.codes.yaml", Payments),
            ("/p/b.codes.yaml", PaymentsWithoutChinese),
            ("/p/probe.codes.yaml", "locales: [en-US]\ngroup: Probe\nsets:\n  - name: ProbeStatus\n    fallback: NoSuchStatus\n    codes:\n      - { code: 1, name: Up, title: Up }\n"),
        };

        var set = DefinitionSet.Build(Files(files), BuiltInSelection.All, Options);
        var run = GeneratorRunner.Run(files);

        Assert.Contains(set.Diagnostics, d => d.Id == "SCG0111");
        Assert.Equal(
            set.Diagnostics.Select(d => d.ToString()).OrderBy(s => s, StringComparer.Ordinal),
            run.Diagnostics.Select(Canonical).OrderBy(s => s, StringComparer.Ordinal));
    }

    private static DefinitionParseResult[] Files(params (string Path, string Text)[] files)
        => files.Select(f => Parse(f.Path, f.Text)).ToArray();

    private static DefinitionParseResult Parse(string path, string text) => DefinitionParser.Parse(path, text);

    /// <summary>A file as the package's build files add it: marked built-in.</summary>
    private static DefinitionParseResult BuiltIn(string path, string text)
    {
        var result = Parse(path, text);
        return result with { Spec = result.Spec! with { IsBuiltIn = true } };
    }

    /// <summary>A compiler diagnostic in the format of <see cref="Definitions.Diagnostics.DiagnosticInfo.ToString"/>.</summary>
    private static string Canonical(Diagnostic diagnostic)
    {
        var span = diagnostic.Location.GetLineSpan();
        var where = diagnostic.Location == Location.None ? string.Empty : span.Path + "(" + (span.StartLinePosition.Line + 1) + "," + (span.StartLinePosition.Character + 1) + "): ";
        var severity = diagnostic.Severity switch
        {
            DiagnosticSeverity.Error => "error",
            DiagnosticSeverity.Warning => "warning",
            _ => "info",
        };
        return where + severity + " " + diagnostic.Id + ": " + diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture);
    }
}
