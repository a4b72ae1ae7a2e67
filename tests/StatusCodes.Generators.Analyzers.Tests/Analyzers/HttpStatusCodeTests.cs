using System.Threading.Tasks;
using StatusCodes.Generators.Analyzers.Tests.Infrastructure;
using Xunit;

namespace StatusCodes.Generators.Analyzers.Tests.Analyzers;

/// <summary>SCG0404: constants given to ASP.NET Core and HttpClient APIs that take an HTTP status code.</summary>
public sealed class HttpStatusCodeTests
{
    private static readonly string[] Stubs = { TestSources.AspNetCoreStubs };

    [Fact]
    public async Task Minimal_API_results_are_checked()
    {
        await Verify.DiagnosticsAsync("""
            using Microsoft.AspNetCore.Http;

            class Endpoints
            {
                const int Teapot = 418;

                IResult A() => Results.StatusCode({|SCG0404:799|});
                IResult B() => TypedResults.StatusCode({|SCG0404:420|});
                IResult D() => Results.Problem(statusCode: {|SCG0404:599|});
                IResult E() => Results.Problem("detail", null, {|SCG0404:299|});
                IResult F() => Results.StatusCode(404);
                IResult G() => Results.StatusCode(Teapot);
                IResult H() => Results.Problem(statusCode: null);
                IResult I() => Results.Problem();
                IResult J(int code) => Results.StatusCode(code);
                IResult K() => Results.StatusCode(StatusCodes.Status404NotFound);
                IResult L() => Results.StatusCode({|SCG0404:StatusCodes.Status419AuthenticationTimeout|});
                IResult M() => Results.StatusCode((int)System.Net.HttpStatusCode.NotFound);
            }
            """, extraSources: Stubs);
    }

    [Fact]
    public async Task Codes_a_project_adds_with_extend_are_known()
    {
        const string nginx = "locales: [en-US]\nsets:\n  - extend: HttpStatus\n    codes:\n      - { code: 444, name: ConnectionClosedWithoutResponse, title: Connection closed without response }\n";
        await Verify.DiagnosticsAsync("""
            using Microsoft.AspNetCore.Http;

            class Endpoints
            {
                IResult A() => Results.StatusCode(444);
                IResult B() => Results.StatusCode({|SCG0404:445|});
            }
            """, yaml: new[] { nginx }, extraSources: Stubs);
    }

    [Fact]
    public async Task Codes_of_the_built_in_nginx_pack_are_known_when_it_is_generated()
    {
        // The pack's own file, as the generator reads it when StatusCodesBuiltInSets names HttpStatus.Nginx.
        var pack = System.IO.File.ReadAllText(System.IO.Path.Combine(System.AppContext.BaseDirectory, "definitions", "http-nginx.codes.yaml"));
        await Verify.DiagnosticsAsync("""
            using Microsoft.AspNetCore.Http;

            class Endpoints
            {
                IResult A() => Results.StatusCode(444);
                IResult B() => Results.StatusCode(497);
                IResult C() => TypedResults.StatusCode({|SCG0404:498|});
                IResult D() => Results.StatusCode({|SCG0404:520|});
            }
            """, yaml: new[] { pack }, extraSources: Stubs);
    }

    [Fact]
    public async Task The_message_names_the_value_the_set_and_the_nearest_codes()
    {
        var compilation = TestCompilation.Create(new[]
        {
            """
            using Microsoft.AspNetCore.Http;

            class Endpoints
            {
                IResult A() => Results.StatusCode(799);
            }
            """,
            TestSources.AspNetCoreStubs,
        });
        var diagnostic = Assert.Single(await Verify.RunAsync(compilation));
        Assert.Equal("SCG0404", diagnostic.Id);
        Assert.Equal(Microsoft.CodeAnalysis.DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Equal(
            "799 is not an HTTP status code: HttpStatus has no such code; did you mean 511 NetworkAuthenticationRequired or 509 BandwidthLimitExceeded?",
            diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Controllers_and_action_results_are_checked()
    {
        await Verify.DiagnosticsAsync("""
            using Microsoft.AspNetCore.Mvc;

            class OrdersController : ControllerBase
            {
                IActionResult A() => StatusCode({|SCG0404:799|});
                IActionResult B() => StatusCode({|SCG0404:799|}, "body");
                IActionResult D() => this.Problem("detail", {|SCG0404:600|});
                IActionResult E() => new StatusCodeResult({|SCG0404:799|});
                IActionResult F() => new ObjectResult("body") { StatusCode = {|SCG0404:799|} };
                IActionResult G() => StatusCode(409);
                IActionResult H() => new ObjectResult("body") { StatusCode = null };

                IActionResult I()
                {
                    var result = new ObjectResult("body");
                    result.StatusCode = {|SCG0404:799|};
                    result.StatusCode = 201;
                    return result;
                }
            }
            """, extraSources: Stubs);
    }

    [Fact]
    public async Task Response_status_codes_are_checked()
    {
        await Verify.DiagnosticsAsync("""
            using System.Net;
            using System.Net.Http;
            using Microsoft.AspNetCore.Http;

            class Handler
            {
                void A(HttpResponse response)
                {
                    response.StatusCode = {|SCG0404:799|};
                    response.StatusCode = 204;
                    response.StatusCode = unchecked({|SCG0404:(int)4294968095L|});
                }

                HttpResponseMessage B() => new HttpResponseMessage({|SCG0404:(HttpStatusCode)799|});
                HttpResponseMessage D() => new HttpResponseMessage(HttpStatusCode.NotFound);
                HttpResponseMessage E() => new HttpResponseMessage((HttpStatusCode)404);
                HttpResponseMessage F() => new HttpResponseMessage { StatusCode = {|SCG0404:(HttpStatusCode)799|} };
            }
            """, extraSources: Stubs);
    }

    [Fact]
    public async Task ProducesResponseType_attributes_are_checked()
    {
        await Verify.DiagnosticsAsync("""
            using Microsoft.AspNetCore.Mvc;
            using P = Microsoft.AspNetCore.Mvc.ProducesResponseTypeAttribute;

            class OrdersController : ControllerBase
            {
                [ProducesResponseType({|SCG0404:799|})]
                [ProducesResponseType(typeof(string), {|SCG0404:299|})]
                [ProducesResponseType(statusCode: {|SCG0404:298|}, type: typeof(string))]
                [ProducesResponseType<string>({|SCG0404:297|})]
                [ProducesResponseType(200, StatusCode = {|SCG0404:296|})]
                [P({|SCG0404:295|})]
                [ProducesResponseType(404)]
                [ProducesResponseType(typeof(string), 200)]
                [System.Obsolete("not a status code: 799")]
                IActionResult A() => StatusCode(200);
            }
            """, extraSources: Stubs);
    }

    [Fact]
    public async Task The_rule_is_off_without_the_HttpStatus_set()
    {
        await Verify.DiagnosticsAsync("""
            using Microsoft.AspNetCore.Http;
            using Microsoft.AspNetCore.Mvc;

            class Endpoints
            {
                [ProducesResponseType(799)]
                IResult A() => Results.StatusCode(799);
            }
            """, http: false, yaml: new[] { TestSources.PaymentYaml }, extraSources: Stubs);
    }

    [Fact]
    public async Task Other_sets_and_lookalike_apis_are_not_http_status_codes()
    {
        await Verify.DiagnosticsAsync("""
            namespace Other
            {
                public static class Results
                {
                    public static int StatusCode(int statusCode) => statusCode;
                }

                class Uses
                {
                    int A = Results.StatusCode(799);
                    int B = Microsoft.AspNetCore.Http.Results.StatusCode(404) is null ? 0 : 1;
                }
            }
            """, extraSources: Stubs);
    }
}
