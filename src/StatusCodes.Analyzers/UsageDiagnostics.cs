using Microsoft.CodeAnalysis;
using StatusCodes.Definitions.Diagnostics;

// A new ID here also needs (docs/architecture.md, "Adding a diagnostic"):
// - its constant in UsageDiagnosticIds.cs (the code fixes read it from there);
// - SupportedDiagnostics of the analyzer that reports it;
// - a row in ../AnalyzerReleases.Unshipped.md (the release-tracking analyzer and ReleaseTrackingTests);
// - a row and a "## SCGxxxx" section in docs/analyzers.md, and a row in the table of docs/diagnostics.md;
// - tests in tests/StatusCodes.Generators.Analyzers.Tests.
// The definition findings (00xx to 03xx) are in src/StatusCodes.Definitions/Diagnostics/DefinitionDiagnostics.cs.
namespace StatusCodes.Generators.Analyzers;

/// <summary>
/// The 04xx descriptors: findings about code that uses the generated enums. Each message names the
/// value and the set; the last argument is the suggestion text built by <see cref="Suggestions"/>
/// ("; did you mean 409 Conflict or 500 InternalServerError?", or empty when the set has no codes).
/// </summary>
internal static class UsageDiagnostics
{
    public const string Category = "StatusCodes.Usage";

    public static readonly DiagnosticDescriptor UnknownCodeConversion = new(
        UsageDiagnosticIds.UnknownCodeConversion,
        "Constant is not a code of the status-code enum",
        "{0} is not a {1} code{2}",
        Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "A constant converted to a generated status-code enum must be one of its codes; a value the definitions do not declare would compile silently and fail at run time.",
        helpLinkUri: DiagnosticIds.HelpLinkFor(UsageDiagnosticIds.UnknownCodeConversion));

    public static readonly DiagnosticDescriptor FromCodeUnknown = new(
        UsageDiagnosticIds.FromCodeUnknown,
        "FromCode with a constant that is not a code",
        "FromCode({0}) always throws: {0} is not a {1} code{2}",
        Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "FromCode throws ArgumentOutOfRangeException for a number that is not a defined code, so a constant that is not one can only ever throw.",
        helpLinkUri: DiagnosticIds.HelpLinkFor(UsageDiagnosticIds.FromCodeUnknown));

    public static readonly DiagnosticDescriptor AlwaysFalseCheck = new(
        UsageDiagnosticIds.AlwaysFalseCheck,
        "Check on a constant is always false",
        "{0} is always false: {1}",
        Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "IsDefined, TryFromCode and TryParse with a constant argument that no member matches can only ever return false.",
        helpLinkUri: DiagnosticIds.HelpLinkFor(UsageDiagnosticIds.AlwaysFalseCheck));

    public static readonly DiagnosticDescriptor NotAnHttpStatusCode = new(
        UsageDiagnosticIds.NotAnHttpStatusCode,
        "Not an HTTP status code",
        "{0} is not an HTTP status code: {1} has no such code{2}",
        Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "An ASP.NET Core or HttpClient API that takes an HTTP status code was given a constant that the built-in HttpStatus set does not define.",
        helpLinkUri: DiagnosticIds.HelpLinkFor(UsageDiagnosticIds.NotAnHttpStatusCode));

    public static readonly DiagnosticDescriptor UseNamedMember = new(
        UsageDiagnosticIds.UseNamedMember,
        "Use the named member",
        "Use {0}.{1} instead of the number {2}",
        Category,
        DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        description: "A number cast to a generated status-code enum reads better as the named member, and the compiler then catches a code that is renamed or removed.",
        helpLinkUri: DiagnosticIds.HelpLinkFor(UsageDiagnosticIds.UseNamedMember));
}
