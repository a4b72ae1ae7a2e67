using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using StatusCodes.Generators.Analyzers.Tests.Infrastructure;
using Xunit;

namespace StatusCodes.Generators.Analyzers.Tests.Analyzers;

/// <summary>The generated enums, and the constants used with them, come from a referenced project.</summary>
public sealed class ReferencedAssemblyTests
{
    private static readonly System.Lazy<MetadataReference> SharedProject = new(() => TestCompilation.ToReference(TestCompilation.Create(
        new[]
        {
            """
            namespace Shared
            {
                public static class Limits
                {
                    public const int Unknown = 799;
                    public const int Known = 404;
                    public const string UnknownName = "Missing";
                }
            }
            """,
        },
        http: true,
        yaml: new[] { TestSources.PaymentYaml },
        assemblyName: "Shared",
        ns: "Shared.Codes",
        isPublic: true)));

    [Fact]
    public async Task Enums_and_constants_from_a_referenced_project_are_checked()
    {
        await Verify.DiagnosticsAsync("""
            using Shared;
            using Shared.Codes;

            class C
            {
                HttpStatus A = {|SCG0401:(HttpStatus)799|};
                HttpStatus B = {|SCG0401:(HttpStatus)Limits.Unknown|};
                HttpStatus D = (HttpStatus)Limits.Known;
                HttpStatus E = HttpStatusExtensions.FromCode({|SCG0402:Limits.Unknown|});
                bool F = HttpStatusExtensions.IsDefined({|SCG0403:Limits.Unknown|});
                bool G = HttpStatusExtensions.TryParse({|SCG0403:Limits.UnknownName|}, out _);
                PaymentStatus H = {|SCG0401:0|};
                PaymentStatus? I = {|SCG0405:(PaymentStatus?)2|};
                HttpStatusCategory J = (HttpStatusCategory)99;
            }
            """, http: false, references: new[] { SharedProject.Value });
    }

    [Fact]
    public async Task The_http_rule_uses_HttpStatus_from_a_referenced_project()
    {
        await Verify.DiagnosticsAsync("""
            using Microsoft.AspNetCore.Http;

            class Endpoints
            {
                IResult A() => Results.StatusCode({|SCG0404:Shared.Limits.Unknown|});
                IResult B() => Results.StatusCode(Shared.Limits.Known);
            }
            """, http: false, references: new[] { SharedProject.Value }, extraSources: new[] { TestSources.AspNetCoreStubs });
    }

    [Fact]
    public async Task The_suggested_member_is_the_current_name_not_an_obsolete_alias()
    {
        var messages = await Verify.MessagesAsync("""
            using Shared.Codes;

            class C
            {
                HttpStatus A = (HttpStatus)422;
                PaymentStatus B = (PaymentStatus)4;
            }
            """, http: false, references: new[] { SharedProject.Value });

        Assert.Equal(
            """
            SCG0405 (5,20)-(5,35): Use HttpStatus.UnprocessableContent instead of the number 422
            SCG0401 (6,23)-(6,39): 4 is not a PaymentStatus code; did you mean 3 Refused or 2 Settled?
            """,
            messages);
    }
}
