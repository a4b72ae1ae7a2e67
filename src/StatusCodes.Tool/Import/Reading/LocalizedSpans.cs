using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace StatusCodes.Tool.Import.Reading;

/// <summary>
/// Pages written by <c>statuscodes docs --format html</c> carry every locale at once, each text as
/// <c>&lt;span class="t" lang="…"&gt;</c>. Keeping one locale's spans and dropping the others turns
/// such a page into the one-locale table the importer reads. Spans hold encoded text and
/// <c>&lt;br&gt;</c> only, and never a line break, so line numbers stay right.
/// </summary>
internal static partial class LocalizedSpans
{
    /// <summary>The text with only <paramref name="locale"/>'s spans left, and the locales the page carries (none for other documents).</summary>
    public static string Select(string text, string locale, out IReadOnlyList<string> locales)
    {
        var found = SpanPattern().Matches(text).Select(m => m.Groups["locale"].Value).Distinct().ToList();
        locales = found;
        return found.Count == 0
            ? text
            : SpanPattern().Replace(text, m => m.Groups["locale"].Value == locale ? m.Groups["text"].Value : string.Empty);
    }

    [GeneratedRegex("<span class=\"t\" lang=\"(?<locale>[^\"<>]+)\">(?<text>(?:[^<\n]|<br>)*)</span>")]
    private static partial Regex SpanPattern();
}
