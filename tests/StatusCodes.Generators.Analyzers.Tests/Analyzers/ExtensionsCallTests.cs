using System.Threading.Tasks;
using StatusCodes.Generators.Analyzers.Tests.Infrastructure;
using Xunit;

namespace StatusCodes.Generators.Analyzers.Tests.Analyzers;

/// <summary>SCG0402 (FromCode that always throws) and SCG0403 (checks that are always false).</summary>
public sealed class ExtensionsCallTests
{
    [Fact]
    public async Task FromCode_with_an_unknown_constant_is_an_error()
    {
        var messages = await Verify.MessagesAsync("""
            using Contoso;

            class C
            {
                HttpStatus M() => HttpStatusExtensions.FromCode(420);
            }
            """);

        Assert.Equal(
            "SCG0402 (5,53)-(5,56): FromCode(420) always throws: 420 is not a HttpStatus code; did you mean 421 MisdirectedRequest or 422 UnprocessableContent?",
            messages);
    }

    [Fact]
    public async Task FromCode_with_defined_or_runtime_values_is_fine()
    {
        await Verify.DiagnosticsAsync("""
            using Contoso;
            using static Contoso.HttpStatusExtensions;

            class C
            {
                const int NotFound = 404;
                HttpStatus A = HttpStatusExtensions.FromCode(NotFound);
                HttpStatus B = HttpStatusExtensions.FromCode({|SCG0405:404|});
                HttpStatus C2 = FromCode(({|SCG0405:404|}));
                HttpStatus D = HttpStatusExtensions.FromCode(418);
                HttpStatus E(int code) => HttpStatusExtensions.FromCode(code);
                HttpStatus F = FromCode(code: {|SCG0402:1000|});
                HttpStatus G = checked(HttpStatusExtensions.FromCode({|SCG0402:400 + 99 * 2|}));
            }
            """);
    }

    [Fact]
    public async Task IsDefined_and_TryFromCode_that_can_only_be_false_warn()
    {
        var messages = await Verify.MessagesAsync("""
            using Contoso;

            class C
            {
                bool A = HttpStatusExtensions.IsDefined(799);
                bool B = HttpStatusExtensions.TryFromCode(0, out _);
                bool D = HttpStatusExtensions.IsDefined(404);
                bool E = HttpStatusExtensions.TryFromCode(404, out _);
                bool F(int code) => HttpStatusExtensions.IsDefined(code);
            }
            """);

        Assert.Equal(
            """
            SCG0403 (5,45)-(5,48): IsDefined(799) is always false: 799 is not a HttpStatus code; did you mean 511 NetworkAuthenticationRequired or 509 BandwidthLimitExceeded?
            SCG0403 (6,47)-(6,48): TryFromCode(0) is always false: 0 is not a HttpStatus code; did you mean 100 Continue or 101 SwitchingProtocols?
            """,
            messages);
    }

    [Fact]
    public async Task TryParse_of_a_constant_that_never_parses_warns()
    {
        var messages = await Verify.MessagesAsync("""
            using Contoso;

            class C
            {
                bool A = HttpStatusExtensions.TryParse("NotFund", out _);
                bool B = HttpStatusExtensions.TryParse("799", out _);
                bool D = HttpStatusExtensions.TryParse((string?)null, out _);
                bool E = HttpStatusExtensions.TryParse("xyzzy", out _);
                bool F = HttpStatusExtensions.TryParse(System.MemoryExtensions.AsSpan("x"), out _);
            }
            """);

        Assert.Equal(
            """
            SCG0403 (5,44)-(5,53): TryParse("NotFund") is always false: "NotFund" is not a name, alias or code of HttpStatus; did you mean 404 NotFound?
            SCG0403 (6,44)-(6,49): TryParse("799") is always false: "799" is not a name, alias or code of HttpStatus; did you mean 511 NetworkAuthenticationRequired or 509 BandwidthLimitExceeded?
            SCG0403 (7,44)-(7,57): TryParse(null) is always false: null never parses
            SCG0403 (8,44)-(8,51): TryParse("xyzzy") is always false: "xyzzy" is not a name, alias or code of HttpStatus
            """,
            messages);
    }

    [Fact]
    public async Task TryParse_accepts_what_the_generated_parser_accepts()
    {
        await Verify.DiagnosticsAsync("""
            using Contoso;

            class C
            {
                bool A = HttpStatusExtensions.TryParse("NotFound", out _);
                bool B = HttpStatusExtensions.TryParse("  notfound\t", out _);
                bool D = HttpStatusExtensions.TryParse("UnprocessableEntity", out _);
                bool E = HttpStatusExtensions.TryParse("404", out _);
                bool F = HttpStatusExtensions.TryParse("+404", out _);
                bool G = HttpStatusExtensions.TryParse(" 0404 ", out _);
                bool H = HttpStatusExtensions.TryParse({|SCG0403:"-404"|}, out _);
                bool I = HttpStatusExtensions.TryParse({|SCG0403:"000000" + "000404"|}, out _);
                bool J = HttpStatusExtensions.TryParse({|SCG0403:"000000000404"|}, out _);
                bool K = HttpStatusExtensions.TryParse({|SCG0403:"4 04"|}, out _);
                bool L = HttpStatusExtensions.TryParse({|SCG0403:""|}, out _);
                bool M(string text) => HttpStatusExtensions.TryParse(text, out _);
            }
            """);
    }

    [Fact]
    public async Task Nullable_and_generic_contexts_are_checked()
    {
        await Verify.DiagnosticsAsync("""
            using System;
            using Contoso;

            class C
            {
                static T Pass<T>(T value) => value;

                HttpStatus? A = Pass<HttpStatus?>(HttpStatusExtensions.FromCode({|SCG0402:799|}));
                Func<bool> B = () => HttpStatusExtensions.IsDefined({|SCG0403:799|});
                bool D<T>() where T : struct => HttpStatusExtensions.TryFromCode({|SCG0403:799|}, out _);
                PaymentStatus E = PaymentStatusExtensions.FromCode({|SCG0402:0|});
                bool F = PaymentStatusExtensions.TryParse("paid", out _);
                bool G = PaymentStatusExtensions.TryParse({|SCG0403:"Paid!"|}, out _);
            }
            """, yaml: new[] { TestSources.PaymentYaml });
    }

    [Fact]
    public async Task Out_variables_named_arguments_and_checked_contexts_are_handled()
    {
        await Verify.DiagnosticsAsync("""
            using Contoso;

            class C
            {
                bool A() => HttpStatusExtensions.TryFromCode({|SCG0403:799|}, out var status) && status == HttpStatus.OK;
                bool B() => HttpStatusExtensions.TryFromCode(value: out _, code: {|SCG0403:799|});
                bool D() => checked(HttpStatusExtensions.IsDefined({|SCG0403:int.MaxValue - 1|}));
                bool E() => unchecked(HttpStatusExtensions.IsDefined({|SCG0403:int.MaxValue + 1|}));
                bool F() => HttpStatusExtensions.TryParse(text: {|SCG0403:"Nope"|}, value: out _);
            }
            """);
    }
}
