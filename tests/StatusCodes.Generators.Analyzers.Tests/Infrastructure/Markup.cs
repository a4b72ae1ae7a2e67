using System.Collections.Generic;
using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace StatusCodes.Generators.Analyzers.Tests.Infrastructure;

/// <summary>
/// Test source with expected diagnostics marked in place: <c>{|SCG0401:(HttpStatus)799|}</c>
/// expects SCG0401 exactly on <c>(HttpStatus)799</c>. Marks do not nest.
/// </summary>
internal sealed class Markup
{
    private Markup(string source, IReadOnlyList<(string Id, TextSpan Span)> spans)
    {
        Source = source;
        Spans = spans;
    }

    public string Source { get; }

    public IReadOnlyList<(string Id, TextSpan Span)> Spans { get; }

    public static Markup Parse(string markup)
    {
        var source = new StringBuilder(markup.Length);
        var spans = new List<(string, TextSpan)>();
        var i = 0;
        while (i < markup.Length)
        {
            if (markup[i] == '{' && i + 1 < markup.Length && markup[i + 1] == '|')
            {
                var colon = markup.IndexOf(':', i + 2);
                var end = markup.IndexOf("|}", colon + 1, System.StringComparison.Ordinal);
                var id = markup.Substring(i + 2, colon - i - 2);
                var text = markup.Substring(colon + 1, end - colon - 1);
                spans.Add((id, new TextSpan(source.Length, text.Length)));
                source.Append(text);
                i = end + 2;
            }
            else
            {
                source.Append(markup[i++]);
            }
        }

        return new Markup(source.ToString(), spans);
    }
}
