using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace StatusCodes.Tool.Import.Reading;

/// <summary>
/// Finds headings, paragraphs and pipe tables in Markdown. Besides GitHub's pipe tables it reads
/// the multi-line cells found in exported documentation: a row whose last cell runs on over the
/// following lines (a bullet list, say) until a line that ends with the closing pipe.
/// </summary>
internal static partial class MarkdownReader
{
    private const int MaxContinuationLines = 40;

    /// <param name="lines">The document's lines; <paramref name="lineStarts"/> gives each one's position in the text.</param>
    public static List<DocumentBlock> Read(string[] lines, int[] lineStarts)
    {
        var blocks = new List<DocumentBlock>();
        var paragraph = new List<string>();
        var paragraphStart = 0;

        void EndParagraph()
        {
            if (paragraph.Count > 0)
            {
                var text = MarkdownInline.Clean(string.Join(" ", paragraph)).Text;
                if (text.Length > 0)
                {
                    blocks.Add(new ParagraphBlock(paragraphStart, text));
                }

                paragraph.Clear();
            }
        }

        var i = 0;
        while (i < lines.Length)
        {
            var line = lines[i];
            if (line.Trim().Length == 0)
            {
                EndParagraph();
                i++;
                continue;
            }

            var heading = HeadingPattern().Match(line);
            if (heading.Success)
            {
                EndParagraph();
                blocks.Add(new HeadingBlock(lineStarts[i], heading.Groups["marks"].Length, MarkdownInline.Clean(heading.Groups["text"].Value).Text));
                i++;
                continue;
            }

            if (i + 1 < lines.Length && line.Contains('|') && DelimiterPattern().IsMatch(lines[i + 1]))
            {
                EndParagraph();
                var table = ReadTable(lines, ref i);
                blocks.Add(new TableBlock(lineStarts[table.Line - 1], table));
                continue;
            }

            if (paragraph.Count == 0)
            {
                paragraphStart = lineStarts[i];
            }

            paragraph.Add(line.Trim());
            i++;
        }

        EndParagraph();
        return blocks;
    }

    private static SourceTable ReadTable(string[] lines, ref int i)
    {
        var headerLine = lines[i].Trim();
        var leadingPipes = headerLine.StartsWith('|');
        var closingPipes = EndsWithPipe(headerLine);
        var header = SplitRow(headerLine).Select(MarkdownInline.Clean).ToList();
        var table = new SourceTable(TableOrigin.Markdown, i + 1, header, new List<SourceRow>());
        i += 2;
        while (i < lines.Length)
        {
            var row = lines[i].Trim();
            if (row.Length == 0 || !row.Contains('|') || (leadingPipes && !row.StartsWith('|')))
            {
                break;
            }

            var rowLine = i + 1;
            i++;
            if (leadingPipes && closingPipes && !EndsWithPipe(row) && TryContinuation(lines, i, out var rest, out var next))
            {
                row = TextCleanup.JoinLines(row, rest);
                i = next;
            }

            table.Rows.Add(new SourceRow(rowLine, SplitRow(row).Select(MarkdownInline.Clean).ToList()));
        }

        return table;
    }

    /// <summary>
    /// The lines after an unclosed row, up to the line that closes it with a pipe. List markers
    /// are dropped (the items become sentences of the cell). Fails when another row or a heading
    /// comes first, in which case the row simply has no closing pipe.
    /// </summary>
    private static bool TryContinuation(string[] lines, int start, out string text, out int next)
    {
        text = string.Empty;
        next = start;
        for (var k = start; k < lines.Length && k - start < MaxContinuationLines; k++)
        {
            var line = lines[k].Trim();
            if (line.StartsWith('|') || HeadingPattern().IsMatch(line))
            {
                return false;
            }

            var closes = EndsWithPipe(line);
            if (closes)
            {
                line = line.Substring(0, line.Length - 1).TrimEnd();
            }

            line = ListMarkerPattern().Replace(line, string.Empty);
            text = TextCleanup.JoinLines(text, line);
            if (closes)
            {
                next = k + 1;
                text += " |";
                return true;
            }
        }

        return false;
    }

    /// <summary>The cells of a row: outer pipes dropped, split on pipes that are not backslash-escaped.</summary>
    internal static List<string> SplitRow(string row)
    {
        var text = row.Trim();
        if (text.StartsWith('|'))
        {
            text = text.Substring(1);
        }

        if (EndsWithPipe(text))
        {
            text = text.Substring(0, text.Length - 1);
        }

        var cells = new List<string>();
        var start = 0;
        for (var k = 0; k < text.Length; k++)
        {
            if (text[k] == '\\')
            {
                k++;
            }
            else if (text[k] == '|')
            {
                cells.Add(text.Substring(start, k - start).Trim());
                start = k + 1;
            }
        }

        cells.Add(text.Substring(start).Trim());
        return cells;
    }

    private static bool EndsWithPipe(string text)
    {
        if (!text.EndsWith('|'))
        {
            return false;
        }

        // An escaped pipe (\|) is text; count the backslashes before it.
        var slashes = 0;
        for (var k = text.Length - 2; k >= 0 && text[k] == '\\'; k--)
        {
            slashes++;
        }

        return slashes % 2 == 0;
    }

    [GeneratedRegex(@"^ {0,3}(?<marks>#{1,6})(?:[ \t]+(?<text>.*?))?(?:[ \t]+#+)?[ \t]*$")]
    private static partial Regex HeadingPattern();

    // At least one pipe: a lone "---" under a line is a thematic break or a heading underline.
    [GeneratedRegex(@"^(?=[^|]*\|)\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$")]
    private static partial Regex DelimiterPattern();

    [GeneratedRegex(@"^(?:[-*+•]|\d{1,3}[.)])\s+")]
    private static partial Regex ListMarkerPattern();
}
