using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace StatusCodes.Generators.Analyzers.Tests.Infrastructure;

/// <summary>Runs the analyzers over a compilation and compares what they report with what a test expects.</summary>
internal static class Verify
{
    public static ImmutableArray<DiagnosticAnalyzer> AllAnalyzers { get; } = ImmutableArray.Create<DiagnosticAnalyzer>(new StatusCodeUsageAnalyzer(), new HttpStatusCodeAnalyzer());

    /// <summary>
    /// Asserts that the analyzers report exactly the marked diagnostics (ID and span) in
    /// <paramref name="markup"/>, and that the source itself compiles without errors.
    /// </summary>
    public static async Task DiagnosticsAsync(string markup, bool http = true, IEnumerable<string>? yaml = null, IEnumerable<MetadataReference>? references = null, IEnumerable<string>? extraSources = null)
    {
        var parsed = Markup.Parse(markup);
        var compilation = TestCompilation.Create(new[] { parsed.Source }.Concat(extraSources ?? Enumerable.Empty<string>()), http, yaml, references);
        var diagnostics = await RunAsync(compilation);
        var tree = compilation.SyntaxTrees.First();
        var expected = parsed.Spans.Select(s => Describe(s.Id, tree.GetLineSpan(s.Span)));
        var actual = diagnostics.Select(d => Describe(d.Id, d.Location.GetLineSpan()));
        Assert.Equal(string.Join("\n", expected), string.Join("\n", actual));
    }

    /// <summary>Every analyzer diagnostic as <c>ID (line,col)-(line,col): message</c>, one-based as editors show it, one a line.</summary>
    public static async Task<string> MessagesAsync(string source, bool http = true, IEnumerable<string>? yaml = null, IEnumerable<MetadataReference>? references = null)
    {
        var compilation = TestCompilation.Create(source, http, yaml, references);
        var diagnostics = await RunAsync(compilation);
        return string.Join("\n", diagnostics.Select(d => Describe(d.Id, d.Location.GetLineSpan()) + ": " + d.GetMessage(CultureInfo.InvariantCulture)));
    }

    /// <summary>The analyzers' diagnostics in source order, after checking that the compilation has no errors of its own.</summary>
    public static async Task<ImmutableArray<Diagnostic>> RunAsync(Compilation compilation, ImmutableArray<DiagnosticAnalyzer>? analyzers = null)
    {
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, "The test source does not compile:\n" + string.Join("\n", errors));
        var withAnalyzers = compilation.WithAnalyzers(analyzers ?? AllAnalyzers);
        var diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync();
        return diagnostics
            .OrderBy(d => d.Location.SourceTree?.FilePath, System.StringComparer.Ordinal)
            .ThenBy(d => d.Location.SourceSpan.Start)
            .ThenBy(d => d.Id, System.StringComparer.Ordinal)
            .ToImmutableArray();
    }

    private static string Describe(string id, FileLinePositionSpan span)
        => string.Format(
            CultureInfo.InvariantCulture,
            "{0} ({1},{2})-({3},{4})",
            id,
            span.StartLinePosition.Line + 1,
            span.StartLinePosition.Character + 1,
            span.EndLinePosition.Line + 1,
            span.EndLinePosition.Character + 1);
}
