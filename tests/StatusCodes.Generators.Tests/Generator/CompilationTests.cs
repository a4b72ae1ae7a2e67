using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using StatusCodes.Generators.Tests.Infrastructure;
using Xunit;

namespace StatusCodes.Generators.Tests.Generator;

/// <summary>The generated code compiles with no warning at all, for modern and for netstandard2.0 consumers.</summary>
public sealed class CompilationTests
{
    private const string Usage = """
        using System.Globalization;
        using Contoso.Payments;
        using TestProject;

        public static class Usage
        {
            public static string Run()
            {
                var status = PaymentStatusExtensions.FromCode(1001);
                PaymentStatusExtensions.TryParse("carddeclined", out var parsed);
                return status.ToStringFast() + parsed.GetTitle(StatusLocale.ZhTW) + status.GetDescription(CultureInfo.GetCultureInfo("zh-HK"))
                    + status.GetReasonPhrase() + status.GetCategory().GetTitle() + status.IsDeclined() + PaymentStatusExtensions.GetValues().Count
                    + StatusLocales.FromCulture(null).GetName();
            }
        }
        """;

    [Fact]
    public void Generated_code_compiles_warning_free_for_a_net10_consumer()
    {
        var run = GeneratorRunner.Run(new[] { (TestDefinitions.PaymentsPath, TestDefinitions.Payments) }, Usage);

        Assert.Empty(run.CompilationProblems);
    }

    [Fact]
    public void Built_in_definitions_compile_warning_free()
    {
        var run = GeneratorRunner.Run(TestDefinitions.BuiltIn, "public static class Use { public static bool M() => TestProject.SiteMonitorCodes.TryGetTitle(\"ping\", 610, TestProject.StatusLocale.ZhTW, out _); }");

        Assert.Empty(run.CompilationProblems);
    }

    [Theory]
    [InlineData(LanguageVersion.CSharp8)]
    [InlineData(LanguageVersion.Latest)]
    public void Generated_code_compiles_warning_free_for_netstandard20_without_span(LanguageVersion version)
    {
        var run = GeneratorRunner.Run(
            TestDefinitions.BuiltIn.Append((TestDefinitions.PaymentsPath, TestDefinitions.Payments)),
            Usage.Replace("CultureInfo.GetCultureInfo(\"zh-HK\")", "new CultureInfo(\"zh-HK\")", System.StringComparison.Ordinal),
            parseOptions: new CSharpParseOptions(version),
            references: References.NetStandard20);

        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationProblems);
        Assert.DoesNotContain("ReadOnlySpan", run.Source("TestProject.HttpStatus.g.cs"), System.StringComparison.Ordinal);
    }

    [Fact]
    public void Negative_and_extreme_codes_compile_and_resolve()
    {
        const string yaml = "locales: [en-US]\nsets:\n  - name: Extreme\n    categories: [ { name: Negative, from: -2147483648, to: -1, title: Negative } ]\n    codes:\n"
            + "      - { code: -2147483648, name: Min, title: Min }\n      - { code: -1, name: MinusOne, title: Minus one }\n      - { code: 2147483647, name: Max, title: Max }\n";
        var run = GeneratorRunner.Run(
            new[] { ("/p/extreme.codes.yaml", yaml) },
            "using TestProject; public static class Use { public static string M() => TestProject.ExtremeExtensions.FromCode(-1).GetTitle(TestProject.StatusLocale.EnUS) + TestProject.ExtremeExtensions.GetValues()[0].IsNegative(); }");

        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationProblems);
        Assert.Contains("(global::TestProject.Extreme)(-2147483648)", run.Source("TestProject.Extreme.g.cs"), System.StringComparison.Ordinal);
    }

    [Fact]
    public void Output_is_identical_whatever_the_order_of_files_and_line_endings()
    {
        var files = TestDefinitions.BuiltIn.Append((TestDefinitions.PaymentsPath, TestDefinitions.Payments)).ToArray();
        var forward = GeneratorRunner.Run(files);
        var backward = GeneratorRunner.Run(files.Reverse().Select(f => (f.Item1, f.Item2.Replace("\n", "\r\n", System.StringComparison.Ordinal))));

        forward.AssertSameFiles(backward);
    }
}
