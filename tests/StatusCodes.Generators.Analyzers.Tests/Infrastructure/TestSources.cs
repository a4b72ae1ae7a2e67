namespace StatusCodes.Generators.Analyzers.Tests.Infrastructure;

/// <summary>Definitions and stand-in framework types shared by the tests.</summary>
internal static class TestSources
{
    /// <summary>A small set without code 0, with an alias and a deprecated code.</summary>
    public const string PaymentYaml = """
        locales: [en-US]
        sets:
          - name: PaymentStatus
            codes:
              - code: 1
                name: Pending
                title: Pending
              - code: 2
                name: Settled
                title: Settled
                aliases: [Paid]
              - code: 3
                name: Refused
                title: Refused
              - code: 7
                name: Legacy
                title: Legacy
                deprecated: Use Refused.
        """;

    /// <summary>A set that has code 0, so a plain 0 is a member.</summary>
    public const string ProbeYaml = """
        locales: [en-US]
        sets:
          - name: ProbeStatus
            codes:
              - code: 0
                name: Ok
                title: OK
              - code: 5
                name: Timeout
                title: Timeout
        """;

    /// <summary>
    /// Types with the full names of the ASP.NET Core APIs that take a status code, as small as the
    /// analyzer needs: it recognizes them by metadata name, never by assembly.
    /// </summary>
    public const string AspNetCoreStubs = """
        #nullable enable
        namespace Microsoft.AspNetCore.Http
        {
            public interface IResult { }

            public static class Results
            {
                public static IResult StatusCode(int statusCode) => null!;
                public static IResult Problem(string? detail = null, string? instance = null, int? statusCode = null, string? title = null) => null!;
                public static IResult Ok() => null!;
            }

            public static class TypedResults
            {
                public static IResult StatusCode(int statusCode) => null!;
            }

            public abstract class HttpResponse
            {
                public abstract int StatusCode { get; set; }
            }

            public static class StatusCodes
            {
                public const int Status404NotFound = 404;
                public const int Status419AuthenticationTimeout = 419;
            }
        }

        namespace Microsoft.AspNetCore.Mvc
        {
            public interface IActionResult { }

            public class StatusCodeResult : IActionResult
            {
                public StatusCodeResult(int statusCode) => StatusCode = statusCode;

                public int StatusCode { get; }
            }

            public class ObjectResult : IActionResult
            {
                public ObjectResult(object? value) => Value = value;

                public object? Value { get; }

                public int? StatusCode { get; set; }
            }

            public abstract class ControllerBase
            {
                public virtual StatusCodeResult StatusCode(int statusCode) => new StatusCodeResult(statusCode);

                public virtual ObjectResult StatusCode(int statusCode, object? value) => new ObjectResult(value) { StatusCode = statusCode };

                public virtual ObjectResult Problem(string? detail = null, int? statusCode = null) => new ObjectResult(detail) { StatusCode = statusCode };
            }

            [System.AttributeUsage(System.AttributeTargets.Class | System.AttributeTargets.Method, AllowMultiple = true)]
            public class ProducesResponseTypeAttribute : System.Attribute
            {
                public ProducesResponseTypeAttribute(int statusCode) => StatusCode = statusCode;

                public ProducesResponseTypeAttribute(System.Type type, int statusCode) => StatusCode = statusCode;

                public int StatusCode { get; set; }
            }

            [System.AttributeUsage(System.AttributeTargets.Class | System.AttributeTargets.Method, AllowMultiple = true)]
            public class ProducesResponseTypeAttribute<T> : ProducesResponseTypeAttribute
            {
                public ProducesResponseTypeAttribute(int statusCode) : base(typeof(T), statusCode) { }
            }
        }
        """;
}
