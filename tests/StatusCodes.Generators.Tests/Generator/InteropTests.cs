using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using StatusCodes.Generators.Tests.Infrastructure;
using Xunit;

namespace StatusCodes.Generators.Tests.Generator;

/// <summary><c>convertible-to</c>, the UTF-8 members and <c>GetReference</c>: what is generated, when, and what is reported.</summary>
public sealed class InteropTests
{
    private const string HttpUsage = """
        using System;
        using System.Globalization;
        using System.Net;
        using System.Net.Http;
        using TestProject;

        public static class Use
        {
            public static string Run(HttpResponseMessage response)
            {
                HttpStatusCode code = HttpStatus.NotFound.ToHttpStatusCode();
                HttpStatus back = HttpStatusExtensions.FromHttpStatusCode(code);
                HttpStatusExtensions.TryFromHttpStatusCode(HttpStatusCode.OK, out var ok);
                ReadOnlySpan<byte> title = back.GetTitleUtf8(StatusLocale.ZhTW);
                return code.GetTitle(StatusLocale.ZhTW) + code.GetDescription(CultureInfo.GetCultureInfo("zh-HK")) + code.GetTitle() + code.GetReasonPhrase()
                    + code.IsClientError() + code.GetCategory().GetTitle() + response.GetTitle(StatusLocale.ZhCN) + response.GetDescription((CultureInfo?)null)
                    + response.IsServerError() + response.GetCategory() + back.GetReference() + ok.GetReasonPhraseUtf8().Length + title.Length
                    + back.GetDescriptionUtf8().Length + back.GetTitleUtf8(CultureInfo.InvariantCulture).Length;
            }
        }
        """;

    [Fact]
    public void Built_in_http_set_converts_to_HttpStatusCode_and_the_helpers_compile_warning_free()
    {
        var run = GeneratorRunner.Run(TestDefinitions.BuiltIn, HttpUsage);

        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationProblems);
        Assert.Contains("TestProject.HttpStatus.Interop.g.cs", run.HintNames);
        Assert.Contains("TestProject.HttpStatus.Utf8.g.cs", run.HintNames);
        Assert.DoesNotContain("TestProject.PingProbeStatus.Interop.g.cs", run.HintNames);
    }

    [Fact]
    public void Utf8_members_need_csharp_11_and_span()
    {
        var csharp10 = GeneratorRunner.Run(TestDefinitions.BuiltIn, parseOptions: new CSharpParseOptions(LanguageVersion.CSharp10));
        var csharp11 = GeneratorRunner.Run(TestDefinitions.BuiltIn, parseOptions: new CSharpParseOptions(LanguageVersion.CSharp11));
        var netStandard = GeneratorRunner.Run(TestDefinitions.BuiltIn, parseOptions: new CSharpParseOptions(LanguageVersion.Latest), references: References.NetStandard20);

        Assert.DoesNotContain(csharp10.HintNames, h => h.EndsWith(".Utf8.g.cs", System.StringComparison.Ordinal));
        Assert.Contains("TestProject.HttpStatus.Utf8.g.cs", csharp11.HintNames);
        Assert.Empty(csharp11.CompilationProblems);
        Assert.DoesNotContain(netStandard.HintNames, h => h.EndsWith(".Utf8.g.cs", System.StringComparison.Ordinal));
    }

    [Fact]
    public void A_netstandard20_csharp8_consumer_gets_the_conversions_and_no_utf8_members()
    {
        const string usage = """
            using System.Net;
            using System.Net.Http;
            using TestProject;

            public static class Use
            {
                public static string Run(HttpResponseMessage response)
                    => HttpStatus.NotFound.ToHttpStatusCode().GetTitle(StatusLocale.ZhTW) + response.GetTitle() + HttpStatusCode.BadGateway.IsServerError()
                        + HttpStatusExtensions.FromHttpStatusCode(HttpStatusCode.OK).GetReference();
            }
            """;
        var run = GeneratorRunner.Run(TestDefinitions.BuiltIn, usage, parseOptions: new CSharpParseOptions(LanguageVersion.CSharp8), references: References.NetStandard20);

        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationProblems);
        Assert.Contains("TestProject.HttpStatus.Interop.g.cs", run.HintNames);
        Assert.DoesNotContain(run.Sources.Select(s => s.SourceText.ToString()), text => text.Contains("u8", System.StringComparison.Ordinal) && text.Contains("ReadOnlySpan<byte>", System.StringComparison.Ordinal));
    }

    [Fact]
    public void SCG0120_and_SCG0121_point_at_the_entry_and_the_usable_types_still_convert()
    {
        const string yaml = "locales: [en-US]\nsets:\n  - name: S\n    convertible-to: [Contoso.Missing, System.String, Contoso.Small, System.Net.HttpStatusCode]\n    codes: [ { code: 1, name: X, title: x } ]\n";
        var run = GeneratorRunner.Run(new[] { ("/p/s.codes.yaml", yaml) }, "namespace Contoso { public enum Small : byte { A } }");

        var missing = run.Diagnostics.Single(d => d.Id == "SCG0120");
        Assert.Equal(DiagnosticSeverity.Warning, missing.Severity);
        AssertAt(missing, "/p/s.codes.yaml", 3, 21, 3, 36);
        Assert.Equal(
            "'Contoso.Missing' in 'convertible-to' of set 'S' is not a type this project can see, so no conversions to it are generated. Write its full name, such as 'System.Net.HttpStatusCode', and reference the assembly that defines it.",
            missing.GetMessage(System.Globalization.CultureInfo.InvariantCulture));

        var unsupported = run.Diagnostics.Where(d => d.Id == "SCG0121").OrderBy(d => d.Location.SourceSpan.Start).ToList();
        Assert.Equal(2, unsupported.Count);
        Assert.All(unsupported, d => Assert.Equal(DiagnosticSeverity.Error, d.Severity));
        AssertAt(unsupported[0], "/p/s.codes.yaml", 3, 38, 3, 51);
        Assert.Equal(
            "'System.String' in 'convertible-to' of set 'S' is a class, but conversions need an enum based on int or long. Remove it from 'convertible-to'.",
            unsupported[0].GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        AssertAt(unsupported[1], "/p/s.codes.yaml", 3, 53, 3, 66);
        Assert.Contains("is an enum based on byte,", unsupported[1].GetMessage(System.Globalization.CultureInfo.InvariantCulture), System.StringComparison.Ordinal);

        var interop = run.Source("TestProject.S.Interop.g.cs");
        Assert.Contains("ToHttpStatusCode(this global::TestProject.S value)", interop, System.StringComparison.Ordinal);
        Assert.DoesNotContain("Small", interop, System.StringComparison.Ordinal);
        Assert.Empty(run.CompilationProblems);
    }

    [Fact]
    public void Only_the_first_set_per_enum_gets_the_helpers_so_calls_on_the_enum_stay_unambiguous()
    {
        const string api = "locales: [en-US]\nsets:\n  - name: ApiStatus\n    convertible-to: [System.Net.HttpStatusCode]\n    categories: [ { name: Success, from: 200, to: 299, title: Fine } ]\n    codes: [ { code: 200, name: Fine, title: Fine } ]\n";
        const string usage = """
            using System.Net;
            using TestProject;

            public static class Use
            {
                public static string Run() => HttpStatusCode.OK.GetTitle(StatusLocale.ZhTW) + HttpStatusCode.OK.IsSuccess()
                    + ApiStatusExtensions.FromHttpStatusCode(HttpStatusCode.OK).ToHttpStatusCode() + HttpStatus.OK.ToHttpStatusCode();
            }
            """;
        var run = GeneratorRunner.Run(TestDefinitions.BuiltIn.Append(("/p/api.codes.yaml", api)), usage);

        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationProblems);
        Assert.Contains("GetTitle(this global::System.Net.HttpStatusCode value", run.Source("TestProject.HttpStatus.Interop.g.cs"), System.StringComparison.Ordinal);
        var apiInterop = run.Source("TestProject.ApiStatus.Interop.g.cs");
        Assert.Contains("FromHttpStatusCode(global::System.Net.HttpStatusCode value)", apiInterop, System.StringComparison.Ordinal);
        Assert.DoesNotContain("this global::System.Net.HttpStatusCode", apiInterop, System.StringComparison.Ordinal);
        Assert.DoesNotContain("HttpResponseMessage", apiInterop, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_nested_internal_long_enum_converts_with_range_checks_and_internal_members()
    {
        const string yaml = "locales: [en-US]\nsets:\n  - name: Wide\n    convertible-to: [Contoso.Outer.Big]\n    categories: [ { name: Low, from: 1, to: 9, title: Low } ]\n    codes: [ { code: 1, name: One, title: One }, { code: 2, name: Two, title: Two } ]\n";
        const string source = """
            namespace Contoso
            {
                public static class Outer
                {
                    internal enum Big : long { One = 1, Three = 3, Huge = 4294967298 }
                }
            }

            namespace TestProject
            {
                public static class Use
                {
                    public static string Run()
                    {
                        var huge = Contoso.Outer.Big.Huge;
                        return string.Join("|",
                            WideExtensions.TryFromBig(huge, out var h) + ":" + (int)h,
                            WideExtensions.TryFromBig(Contoso.Outer.Big.One, out var one) + ":" + (int)one,
                            WideExtensions.TryFromBig(Contoso.Outer.Big.Three, out _),
                            huge.GetTitle(StatusLocale.EnUS).Length,
                            huge.IsLow(),
                            huge.GetCategory(),
                            Contoso.Outer.Big.Three.GetTitle(StatusLocale.EnUS),
                            Contoso.Outer.Big.Three.IsLow(),
                            (long)Wide.Two.ToBig());
                    }
                }
            }
            """;
        var run = GeneratorRunner.Run(
            new[] { ("/p/wide.codes.yaml", yaml) },
            source,
            properties: new Dictionary<string, string> { ["RootNamespace"] = "TestProject", ["StatusCodesAccessibility"] = "public" });

        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationProblems);
        Assert.Contains("internal static global::Contoso.Outer.Big ToBig(this global::TestProject.Wide value)", run.Source("TestProject.Wide.Interop.g.cs"), System.StringComparison.Ordinal);
        Assert.Equal("False:0|True:1|False|0|False|None|Low|True|2", GeneratedAssembly.RunUse(run.Output));
    }

    [Fact]
    public void Utf8_members_equal_the_encoded_strings_at_run_time()
    {
        const string source = """
            using System;
            using System.Linq;
            using System.Text;
            using Contoso.Payments;
            using TestProject;

            public static class Use
            {
                public static string Run()
                {
                    var failures = 0;
                    foreach (var code in Enumerable.Range(990, 120).Append(int.MinValue).Append(int.MaxValue))
                    {
                        var value = (PaymentStatus)code;
                        for (var locale = -1; locale < 4; locale++)
                        {
                            var l = (StatusLocale)locale;
                            failures += value.GetTitleUtf8(l).SequenceEqual(Encoding.UTF8.GetBytes(value.GetTitle(l))) ? 0 : 1;
                            failures += value.GetDescriptionUtf8(l).SequenceEqual(Encoding.UTF8.GetBytes(value.GetDescription(l))) ? 0 : 1;
                        }

                        failures += value.GetReasonPhraseUtf8().SequenceEqual(Encoding.UTF8.GetBytes(value.GetReasonPhrase())) ? 0 : 1;
                    }

                    return failures + ":" + Encoding.UTF8.GetString(PaymentStatus.CardDeclined.GetTitleUtf8(StatusLocale.ZhTW)) + ":" + PaymentStatus.CardDeclined.GetReference()
                        + ":" + (PaymentStatus.Approved.GetReference() is null) + (((PaymentStatus)5).GetReference() is null);
                }
            }
            """;
        var run = GeneratorRunner.Run(new[] { (TestDefinitions.PaymentsPath, TestDefinitions.Payments) }, source);

        Assert.Empty(run.CompilationProblems);
        Assert.Equal("0:卡片遭拒:https://example.com/codes#1001:TrueTrue", GeneratedAssembly.RunUse(run.Output));
    }

    [Fact]
    public void An_unrelated_edit_leaves_the_conversion_facts_unchanged_and_adding_the_enum_brings_the_conversions()
    {
        const string yaml = "locales: [en-US]\nsets:\n  - name: S\n    convertible-to: [Contoso.Later]\n    codes: [ { code: 1, name: X, title: x } ]\n";
        var compilation = GeneratorRunner.CreateCompilation("class Program { }");
        var driver = GeneratorRunner.CreateDriver(ImmutableArray.Create<AdditionalText>(new TestAdditionalText("/p/s.codes.yaml", yaml)), GeneratorRunner.LatestParseOptions, null);
        var first = GeneratorRunner.RunChecked(driver, compilation);
        Assert.Single(first.Diagnostics, d => d.Id == "SCG0120");
        Assert.DoesNotContain("TestProject.S.Interop.g.cs", first.HintNames);

        var unrelated = first.Driver.RunGenerators(compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("class Unrelated { }", GeneratorRunner.LatestParseOptions))).GetRunResult();
        GeneratorRunner.AssertAllCached(unrelated);
        Assert.All(GeneratorRunner.Reasons(unrelated, TrackingNames.ConversionTargets), r => Assert.Equal(IncrementalStepRunReason.Unchanged, r));

        var withEnum = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("namespace Contoso { public enum Later { A = 1 } }", GeneratorRunner.LatestParseOptions));
        var driverAfter = first.Driver.RunGeneratorsAndUpdateCompilation(withEnum, out var output, out _);
        var result = driverAfter.GetRunResult();
        Assert.Contains(IncrementalStepRunReason.Modified, GeneratorRunner.Reasons(result, TrackingNames.ConversionTargets));
        Assert.All(GeneratorRunner.Reasons(result, TrackingNames.Sets), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "SCG0120");
        Assert.Contains(result.GeneratedTrees, t => t.FilePath.EndsWith("TestProject.S.Interop.g.cs", System.StringComparison.Ordinal));
        Assert.DoesNotContain(output.GetDiagnostics(), d => d.Severity >= DiagnosticSeverity.Warning);
    }

    private static void AssertAt(Diagnostic diagnostic, string path, int startLine, int startColumn, int endLine, int endColumn)
    {
        var span = diagnostic.Location.GetLineSpan();
        Assert.Equal(path, span.Path);
        Assert.Equal((startLine, startColumn, endLine, endColumn), (span.StartLinePosition.Line, span.StartLinePosition.Character, span.EndLinePosition.Line, span.EndLinePosition.Character));
    }
}
