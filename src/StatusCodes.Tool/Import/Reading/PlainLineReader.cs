using System.Collections.Generic;
using System.Text.RegularExpressions;
using StatusCodes.Tool.Import.Interpreting;

namespace StatusCodes.Tool.Import.Reading;

/// <summary>
/// Reads documents that list codes as lines of text, <c>code phrase text</c>, such as
/// <c>404 Not Found 請求的資源不存在</c>, <c>404 請求的資源不存在</c> or <c>• 404 - 請求的資源不存在</c>.
/// The phrase is the English reason phrase written before text in another script; in an English
/// document a short line without a sentence is taken as the phrase itself. Codes need at least
/// three digits, so that counts and list numbers in the prose are not taken for codes. A code
/// typed with the letter O for a zero (<c>4O4</c>) is read too, so that the interpreter reports
/// the line instead of passing over it.
/// </summary>
internal static partial class PlainLineReader
{
    public static readonly IReadOnlyList<ColumnRole> Roles = new[] { ColumnRole.Code, ColumnRole.Phrase, ColumnRole.Text };

    public static SourceTable? Read(string[] lines, bool englishTexts)
    {
        var rows = new List<SourceRow>();
        var first = 0;
        for (var i = 0; i < lines.Length; i++)
        {
            var match = LinePattern().Match(lines[i]);
            if (!match.Success)
            {
                continue;
            }

            var rest = TextCleanup.Normalize(match.Groups["rest"].Value);
            if (rest.Length == 0)
            {
                continue;
            }

            var (phrase, text) = SplitPhrase(rest, englishTexts);
            if (rows.Count == 0)
            {
                first = i + 1;
            }

            rows.Add(new SourceRow(i + 1, new[]
            {
                new SourceCell(match.Groups["code"].Value, null),
                new SourceCell(phrase, null),
                new SourceCell(text, null),
            }));
        }

        return rows.Count == 0 ? null : new SourceTable(TableOrigin.PlainLines, first, null, rows) { Roles = Roles };
    }

    internal static (string Phrase, string Text) SplitPhrase(string rest, bool englishTexts)
    {
        var phrase = PhrasePattern().Match(rest);
        if (phrase.Success)
        {
            return (phrase.Groups["phrase"].Value.Trim(), rest.Substring(phrase.Length).Trim());
        }

        if (englishTexts && ShortPhrasePattern().IsMatch(rest))
        {
            return (rest, string.Empty);
        }

        return (string.Empty, rest);
    }

    [GeneratedRegex(@"^\s*(?:[•·▪◦*+-]\s*)?(?<code>\d[\dOo]{2,8})(?:\s*[-–—:：]\s+|\s+)(?<rest>\S.*)$")]
    private static partial Regex LinePattern();

    /// <summary>ASCII words up to the first character of another script.</summary>
    [GeneratedRegex(@"^(?<phrase>[A-Za-z][A-Za-z0-9'\-./ ]*?)\s*(?=[^\x00-\x7F])")]
    private static partial Regex PhrasePattern();

    /// <summary>A reason phrase on its own: a few words, no sentence.</summary>
    [GeneratedRegex(@"^[A-Za-z][A-Za-z0-9'\-/ ]{0,60}$")]
    private static partial Regex ShortPhrasePattern();
}
