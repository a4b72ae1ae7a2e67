using System.Linq;
using StatusCodes.Generators.Tests.Infrastructure;
using Xunit;

namespace StatusCodes.Generators.Tests.Generator;

/// <summary><c>AddStatusCodesSchemas</c>: generated exactly when Microsoft.AspNetCore.OpenApi 10 is referenced, and compiles cleanly.</summary>
public sealed class OpenApiTests
{
    private const string HintName = "TestProject.OpenApi.g.cs";

    private const string Usage = """
        using Microsoft.Extensions.DependencyInjection;
        using TestProject;

        internal static class Usage
        {
            public static void Configure(IServiceCollection services) => services.AddOpenApi(options => options.AddStatusCodesSchemas());
        }
        """;

    [Fact]
    public void Built_in_definitions_with_openapi_generate_the_approved_file_which_compiles_warning_free()
    {
        var references = References.NetWithOpenApi;
        var run = GeneratorRunner.Run(TestDefinitions.BuiltIn, Usage, references: references);

        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationProblems);
        Snapshot.Verify(run.Source(HintName), "BuiltIn.OpenApi");
    }

    [Fact]
    public void Every_set_is_described_and_only_http_sets_describe_responses()
    {
        var run = GeneratorRunner.Run(TestDefinitions.BuiltIn.Append((TestDefinitions.PaymentsPath, TestDefinitions.Payments)), references: References.NetWithOpenApi);

        var source = run.Source(HintName);
        Assert.Contains("if (type == typeof(global::Contoso.Payments.PaymentStatus))", source, System.StringComparison.Ordinal);
        Assert.Contains("if (type == typeof(global::TestProject.PingProbeStatus))", source, System.StringComparison.Ordinal);
        Assert.DoesNotContain("PaymentStatusExtensions.IsDefined(code)", source, System.StringComparison.Ordinal);
        Assert.Contains("HttpStatusExtensions.IsDefined(code)", source, System.StringComparison.Ordinal);
        Assert.Empty(run.CompilationProblems);
    }

    [Fact]
    public void Nothing_is_generated_without_the_openapi_package()
    {
        var run = GeneratorRunner.Run(TestDefinitions.BuiltIn, references: References.NetWithAspNetCore);

        Assert.Contains("TestProject.LocalizedProblemDetails.g.cs", run.HintNames);
        Assert.DoesNotContain(HintName, run.HintNames);
    }
}
