namespace StatusCodes.Definitions.Diagnostics;

/// <summary>
/// Every diagnostic ID has the prefix <c>SCG</c>, grouped by hundreds: 00xx the YAML file itself,
/// 01xx the definitions, 02xx locales and texts, 03xx the project's configuration, 04xx code that
/// uses the generated types (analyzers).
/// </summary>
public static class DiagnosticIds
{
    public const string HelpLinkBase = "https://github.com/statuscodes-generators/StatusCodes.Generators/blob/main/docs/diagnostics.md";

    public const string AnalyzerHelpLinkBase = "https://github.com/statuscodes-generators/StatusCodes.Generators/blob/main/docs/analyzers.md";

    /// <summary>The documentation of an ID: analyzer rules (04xx) in analyzers.md, the rest in diagnostics.md.</summary>
    public static string HelpLinkFor(string id)
        => (id.StartsWith("SCG04", System.StringComparison.Ordinal) ? AnalyzerHelpLinkBase : HelpLinkBase) + "#" + id.ToLowerInvariant();
}
