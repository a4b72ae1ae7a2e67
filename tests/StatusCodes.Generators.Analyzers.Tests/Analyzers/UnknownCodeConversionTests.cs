using System.Threading.Tasks;
using StatusCodes.Generators.Analyzers.Tests.Infrastructure;
using Xunit;

namespace StatusCodes.Generators.Analyzers.Tests.Analyzers;

/// <summary>SCG0401: a constant converted to a generated enum must be one of its codes.</summary>
public sealed class UnknownCodeConversionTests
{
    [Fact]
    public async Task Cast_of_an_unknown_literal_is_an_error_with_the_nearest_codes()
    {
        var messages = await Verify.MessagesAsync("""
            using Contoso;

            class C
            {
                HttpStatus M() => (HttpStatus)799;
            }
            """);

        Assert.Equal(
            "SCG0401 (5,23)-(5,38): 799 is not a HttpStatus code; did you mean 511 NetworkAuthenticationRequired or 509 BandwidthLimitExceeded?",
            messages);
    }

    [Fact]
    public async Task Members_aliases_default_and_defined_codes_are_fine()
    {
        await Verify.DiagnosticsAsync("""
            using Contoso;

            class C
            {
                #pragma warning disable CS0618 // the older name is [Obsolete]
                HttpStatus A = HttpStatus.NotFound;
                HttpStatus B = HttpStatusExtensions.OlderNames.UnprocessableEntity;
                #pragma warning restore CS0618
                HttpStatus D = default;
                HttpStatus E = default(HttpStatus);
                HttpStatus? F = default;
                HttpStatus G = (HttpStatus)HttpStatus.Conflict;
                HttpStatus H = (HttpStatus)Codes.NotFound;
                HttpStatus I = (HttpStatus)System.Net.HttpStatusCode.NotFound;
                HttpStatus J = (HttpStatus)(400 + 4);
                HttpStatus K = (HttpStatus)418;
                HttpStatus L = {|SCG0405:(HttpStatus)404|};
            }

            static class Codes
            {
                public const int NotFound = 404;
            }
            """);
    }

    [Fact]
    public async Task Named_constants_arithmetic_and_other_enums_are_checked()
    {
        await Verify.DiagnosticsAsync("""
            using Contoso;

            class C
            {
                const int Missing = 799;
                HttpStatus A = {|SCG0401:(HttpStatus)Missing|};
                HttpStatus B = {|SCG0401:(HttpStatus)(400 + 20)|};
                HttpStatus C2 = {|SCG0401:(HttpStatus)(System.Net.HttpStatusCode.SwitchingProtocols + 4)|};
                HttpStatus D = {|SCG0401:(HttpStatus)799L|};
                HttpStatus E = {|SCG0401:(HttpStatus)'a'|};
                HttpStatus F = {|SCG0401:(HttpStatus)799.5|};
                PaymentStatus G = {|SCG0401:(PaymentStatus)HttpStatus.NotFound|};
            }
            """, yaml: new[] { TestSources.PaymentYaml });
    }

    [Fact]
    public async Task Zero_is_an_error_only_on_a_set_without_code_zero()
    {
        await Verify.DiagnosticsAsync("""
            using Contoso;

            class C
            {
                PaymentStatus A = {|SCG0401:0|};
                PaymentStatus B = {|SCG0401:(PaymentStatus)0|};
                PaymentStatus C2 = default;
                ProbeStatus D = {|SCG0405:0|};
                ProbeStatus E = {|SCG0405:(ProbeStatus)0|};
                ProbeStatus F = {|SCG0405:(ProbeStatus)(5)|};
                ProbeStatus G = {|SCG0401:(ProbeStatus)(-2)|};
            }
            """, http: false, yaml: new[] { TestSources.PaymentYaml, TestSources.ProbeYaml });
    }

    [Fact]
    public async Task Checked_and_unchecked_arithmetic_uses_the_folded_value()
    {
        await Verify.DiagnosticsAsync("""
            using Contoso;

            class C
            {
                HttpStatus A = unchecked({|SCG0401:(HttpStatus)(int.MaxValue + 1)|});
                HttpStatus B = unchecked({|SCG0401:(HttpStatus)4294968095L|});
                HttpStatus C2 = unchecked({|SCG0405:(HttpStatus)4294967700L|});
                HttpStatus D = checked({|SCG0401:(HttpStatus)(int.MaxValue - 1)|});
                HttpStatus E = checked((HttpStatus)(400 + 4));
                HttpStatus? F = unchecked({|SCG0401:(HttpStatus?)4294968095L|});
            }
            """);
    }

    [Fact]
    public async Task Nullable_enums_are_checked_once()
    {
        await Verify.DiagnosticsAsync("""
            using Contoso;

            class C
            {
                HttpStatus? A = {|SCG0401:(HttpStatus?)799|};
                HttpStatus? B = {|SCG0401:(HttpStatus)799|};
                HttpStatus? C2 = (HttpStatus?){|SCG0401:(HttpStatus)799|};
                HttpStatus? D = (HttpStatus?)HttpStatus.NotFound;
                HttpStatus? E = null;
                HttpStatus? F = {|SCG0405:(HttpStatus?)404|};
                PaymentStatus? G = {|SCG0401:0|};
            }
            """, yaml: new[] { TestSources.PaymentYaml });
    }

    [Fact]
    public async Task Generic_contexts_patterns_and_arguments_are_checked()
    {
        await Verify.DiagnosticsAsync("""
            using System.Collections.Generic;
            using Contoso;

            class Box<T>
            {
                public Box(T value) => Value = value;
                public T Value { get; }
            }

            class C
            {
                static T Echo<T>(T value) => value;

                void M<T>(T value, HttpStatus status) where T : struct
                {
                    var box = new Box<HttpStatus>({|SCG0401:(HttpStatus)799|});
                    var nullableBox = new Box<HttpStatus?>({|SCG0401:(HttpStatus)799|});
                    var echoed = Echo({|SCG0401:(HttpStatus)799|});
                    var list = new List<HttpStatus> { {|SCG0401:(HttpStatus)799|} };
                    var lambda = (System.Func<HttpStatus>)(() => {|SCG0401:(HttpStatus)799|});
                    if (status == {|SCG0401:(HttpStatus)799|}) { }
                    switch (status)
                    {
                        case {|SCG0401:(HttpStatus)799|}:
                            break;
                    }

                    _ = status is {|SCG0401:(HttpStatus)799|};
                }

                void Defaults(HttpStatus status = {|SCG0401:(HttpStatus)799|}) { }
            }
            """);
    }

    [Fact]
    public async Task Local_constants_and_const_fields_of_the_enum_are_checked()
    {
        await Verify.DiagnosticsAsync("""
            using Contoso;

            class C
            {
                const HttpStatus Field = {|SCG0401:(HttpStatus)799|};

                void M()
                {
                    const HttpStatus local = {|SCG0401:(HttpStatus)799|};
                    _ = local;
                }
            }
            """);
    }

    [Fact]
    public async Task Conversions_to_other_enums_and_from_the_enum_are_ignored()
    {
        await Verify.DiagnosticsAsync("""
            using Contoso;

            class C
            {
                System.Net.HttpStatusCode A = (System.Net.HttpStatusCode)799;
                int B = (int)HttpStatus.NotFound;
                HttpStatusCategory D = (HttpStatusCategory)99;
                StatusLocale E = (StatusLocale)99;
                HttpStatus F(int code) => (HttpStatus)code;
            }
            """);
    }

    [Fact]
    public async Task Attribute_arguments_are_checked()
    {
        await Verify.DiagnosticsAsync("""
            using Contoso;

            [System.AttributeUsage(System.AttributeTargets.All, AllowMultiple = true)]
            class ExpectsAttribute : System.Attribute
            {
                public ExpectsAttribute(HttpStatus status) { }
                public HttpStatus Other { get; set; }
            }

            class C
            {
                [Expects({|SCG0401:(HttpStatus)799|})]
                [Expects(HttpStatus.NotFound, Other = {|SCG0401:(HttpStatus)798|})]
                void M() { }
            }
            """);
    }
}
