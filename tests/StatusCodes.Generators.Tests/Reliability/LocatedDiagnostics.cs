using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using StatusCodes.Definitions.Diagnostics;
using Xunit;

namespace StatusCodes.Generators.Tests.Reliability;

/// <summary>
/// What "a clear, located diagnostic" means, checked the same way for the parser's findings and the
/// compiler diagnostics the generator reports: the file's own path, a line that exists in the file,
/// and a column within that line.
/// </summary>
internal static class LocatedDiagnostics
{
    public static void AssertLocated(DiagnosticInfo diagnostic, string path, string text)
    {
        Assert.True(diagnostic.Location is not null, "No location: " + diagnostic);
        var location = diagnostic.Location!;
        Assert.True(location.Path == path, "Wrong file: " + diagnostic);
        AssertInside(SourceText.From(text), location.StartLine, location.StartColumn, diagnostic.ToString());
        Assert.True(location.StartIndex <= text.Length && location.EndIndex <= text.Length, "Span past the end of the file: " + diagnostic);
    }

    public static void AssertLocated(Diagnostic diagnostic, string path, string text)
    {
        Assert.True(diagnostic.Location.Kind == LocationKind.ExternalFile, "Not located in a file: " + diagnostic);
        var span = diagnostic.Location.GetLineSpan();
        Assert.True(span.Path == path, "Wrong file: " + diagnostic);
        AssertInside(SourceText.From(text), span.StartLinePosition.Line, span.StartLinePosition.Character, diagnostic.ToString());
    }

    /// <summary>
    /// Exactly one <paramref name="id"/> among <paramref name="diagnostics"/>, in <paramref name="path"/> at
    /// the one-based <paramref name="line"/> and <paramref name="column"/> an editor shows.
    /// </summary>
    public static Diagnostic SingleAt(IEnumerable<Diagnostic> diagnostics, string id, string path, int line, int column)
    {
        var all = diagnostics.ToList();
        var matches = all.Where(d => d.Id == id).ToList();
        Assert.True(matches.Count == 1, $"Expected one {id}, found: {string.Join(" | ", all)}");
        var span = matches[0].Location.GetLineSpan();
        Assert.Equal((path, line, column), (span.Path, span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1));
        return matches[0];
    }

    /// <summary>Our diagnostics (SCG…) among <paramref name="diagnostics"/>.</summary>
    public static IReadOnlyList<Diagnostic> Ours(IEnumerable<Diagnostic> diagnostics)
        => diagnostics.Where(d => d.Id.StartsWith("SCG", System.StringComparison.Ordinal)).ToList();

    private static void AssertInside(SourceText text, int line, int column, string what)
    {
        Assert.True(line >= 0 && line < text.Lines.Count, $"Line {line + 1} is not in the file ({text.Lines.Count} lines): {what}");
        var length = text.Lines[line].SpanIncludingLineBreak.Length;
        Assert.True(column >= 0 && column <= length, $"Column {column + 1} is not on line {line + 1} ({length} characters): {what}");
    }
}
