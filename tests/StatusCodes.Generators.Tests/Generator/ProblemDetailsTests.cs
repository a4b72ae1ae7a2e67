using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis.CSharp;
using StatusCodes.Generators.Tests.Infrastructure;
using Xunit;

namespace StatusCodes.Generators.Tests.Generator;

/// <summary><c>AddLocalizedProblemDetails</c>: generated exactly when ASP.NET Core's problem details and a set of HTTP codes are there, and compiles cleanly.</summary>
public sealed class ProblemDetailsTests
{
    private const string HintName = "TestProject.LocalizedProblemDetails.g.cs";

    private const string Usage = """
        using Microsoft.AspNetCore.Http;
        using Microsoft.Extensions.DependencyInjection;
        using TestProject;

        internal static class Usage
        {
            public static void Configure(IServiceCollection services)
            {
                services.AddLocalizedProblemDetails();
                services.AddLocalizedProblemDetails(o =>
                {
                    o.FillTitle = o.FillDetail && o.FillType;
                    o.OverwriteAppTexts = true;
                    o.Extend = (context, locale) => context.ProblemDetails.Extensions["locale"] = locale.GetName();
                });
            }

            public static StatusLocale Locale(HttpContext context) => context.GetStatusLocale();

            public static void Fill(ProblemDetailsContext context) => LocalizedProblemDetailsExtensions.Localize(context, new LocalizedProblemDetailsOptions());
        }
        """;

    /// <summary>A project's own set of HTTP codes beside the built-in one.</summary>
    private const string ShopCodes = """
        locales: [en-US, zh-CN, zh-TW]
        sets:
          - name: ShopStatus
            convertible-to: [System.Net.HttpStatusCode]
            codes:
              - code: 460
                name: BasketExpired
                title: { en-US: Basket expired, zh-CN: 购物车已过期, zh-TW: 購物車已過期 }
        """;

    /// <summary>What the SDK defines for a net10.0 project.</summary>
    private static readonly CSharpParseOptions Net10 = new CSharpParseOptions(LanguageVersion.Latest).WithPreprocessorSymbols("NET", "NET10_0", "NETCOREAPP", "NETCOREAPP3_0_OR_GREATER", "NET5_0_OR_GREATER", "NET7_0_OR_GREATER", "NET10_0_OR_GREATER");

    [Fact]
    public void Built_in_definitions_in_a_web_project_generate_the_approved_file()
    {
        var run = GeneratorRunner.Run(TestDefinitions.BuiltIn, references: References.NetWithAspNetCore);

        Assert.Empty(run.Diagnostics);
        Snapshot.Verify(run.Source(HintName), "BuiltIn.LocalizedProblemDetails");
    }

    [Theory]
    [InlineData("internal")]
    [InlineData("public")]
    public void Generated_code_compiles_warning_free_in_a_web_project(string accessibility)
    {
        var properties = new Dictionary<string, string> { ["RootNamespace"] = GeneratorRunner.DefaultNamespace, ["StatusCodesAccessibility"] = accessibility };
        var run = GeneratorRunner.Run(TestDefinitions.BuiltIn.Append(("/project/shop.codes.yaml", ShopCodes)), Usage, properties, references: References.NetWithAspNetCore);

        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationProblems);
        Assert.StartsWith(accessibility + " static class LocalizedProblemDetailsExtensions", run.Source(HintName).Split('\n').Select(l => l.Trim()).Single(l => l.Contains("class LocalizedProblemDetailsExtensions", System.StringComparison.Ordinal)), System.StringComparison.Ordinal);
    }

    [Fact]
    public void Every_set_of_http_codes_is_asked_in_catalog_order()
    {
        var run = GeneratorRunner.Run(TestDefinitions.BuiltIn.Append(("/project/shop.codes.yaml", ShopCodes)), references: References.NetWithAspNetCore);

        var source = run.Source(HintName);
        var http = source.IndexOf("if (global::TestProject.HttpStatusExtensions.IsDefined(code))", System.StringComparison.Ordinal);
        var shop = source.IndexOf("if (global::TestProject.ShopStatusExtensions.IsDefined(code))", System.StringComparison.Ordinal);
        Assert.True(http > 0 && shop > http, source);
        Assert.Contains("type = global::TestProject.HttpStatusExtensions.GetReference(status);", source, System.StringComparison.Ordinal);
        Assert.Contains("type = null;\n                return true;", source, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Nothing_is_generated_without_aspnetcore()
    {
        var run = GeneratorRunner.Run(TestDefinitions.BuiltIn);

        Assert.DoesNotContain(HintName, run.HintNames);
    }

    [Fact]
    public void Nothing_is_generated_without_a_set_of_http_codes()
    {
        var run = GeneratorRunner.Run(new[] { (TestDefinitions.PaymentsPath, TestDefinitions.Payments) }, references: References.NetWithAspNetCore);

        Assert.Empty(run.Diagnostics);
        Assert.DoesNotContain(HintName, run.HintNames);
    }

    [Fact]
    public void On_net7_and_later_the_reference_names_answer()
    {
        var run = GeneratorRunner.Run(TestDefinitions.BuiltIn, Usage, parseOptions: Net10, references: References.NetWithAspNetCore);

        Assert.Contains(HintName, run.HintNames);
        Assert.Empty(run.CompilationProblems);
    }

    [Fact]
    public void Before_net7_there_are_no_problem_details_to_fill()
    {
        var net6 = new CSharpParseOptions(LanguageVersion.Latest).WithPreprocessorSymbols("NET", "NET6_0", "NETCOREAPP", "NETCOREAPP3_0_OR_GREATER", "NET5_0_OR_GREATER", "NET6_0_OR_GREATER");
        var run = GeneratorRunner.Run(TestDefinitions.BuiltIn, parseOptions: net6, references: References.NetWithAspNetCore);

        Assert.Contains("TestProject.HttpStatus.g.cs", run.HintNames);
        Assert.DoesNotContain(HintName, run.HintNames);
    }
}
