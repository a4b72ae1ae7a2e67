using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using MarkdownHeading = Markdig.Syntax.HeadingBlock;
using MarkdownParagraph = Markdig.Syntax.ParagraphBlock;

namespace StatusCodes.Tool.Import.Reading;

/// <summary>
/// Finds headings, paragraphs and pipe tables in Markdown with Markdig (CommonMark and GitHub's
/// pipe tables). One thing exported documentation writes that Markdown does not allow is read
/// too: a row whose last cell runs on over the following lines (a bullet list, say) until a line
/// that ends with the closing pipe. Such a row is joined into one line before Markdig reads it.
/// </summary>
internal static partial class MarkdownReader
{
    private const int MaxContinuationLines = 40;

    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables(new PipeTableOptions { RequireHeaderSeparator = true })
        .Build();

    /// <param name="lines">The document's lines; <paramref name="lineStarts"/> gives each one's position in the text.</param>
    public static List<DocumentBlock> Read(string[] lines, int[] lineStarts)
    {
        var (joined, originalLine) = JoinContinuedRows(lines);
        int LineOf(Block block) => originalLine[block.Line];

        var blocks = new List<DocumentBlock>();
        // Exported docs write link targets with spaces ("(/Site Monitoring/Create a task.md)"), which
        // CommonMark reads as text; in angle brackets they are the links their authors meant.
        var markdown = SpacedLinkTarget().Replace(string.Join("\n", joined), "](<${target}>)");
        foreach (var block in Markdown.Parse(markdown, Pipeline).Descendants<Block>())
        {
            switch (block)
            {
                case MarkdownHeading heading:
                    blocks.Add(new HeadingBlock(lineStarts[LineOf(heading)], heading.Level, Inline(heading.Inline).Text));
                    break;
                case MarkdownParagraph paragraph when paragraph.Parent is MarkdownDocument && Inline(paragraph.Inline).Text is { Length: > 0 } text:
                    blocks.Add(new ParagraphBlock(lineStarts[LineOf(paragraph)], text));
                    break;
                case Table table:
                    var source = ReadTable(table, LineOf);
                    blocks.Add(new TableBlock(lineStarts[source.Line - 1], source));
                    break;
            }
        }

        return blocks;
    }

    private static SourceTable ReadTable(Table table, System.Func<Block, int> lineOf)
    {
        IReadOnlyList<SourceCell>? header = null;
        var rows = new List<SourceRow>();
        foreach (var row in table.OfType<TableRow>())
        {
            // Markdig pads a short row with cells that are in no source (an empty span); the
            // interpreter needs the row as written to fill its leading cells from the row above.
            var cells = row.OfType<TableCell>().Where(c => c.Span.End >= c.Span.Start)
                .Select(c => Inline(c.OfType<MarkdownParagraph>().FirstOrDefault()?.Inline)).ToList();
            if (row.IsHeader && header is null && rows.Count == 0)
            {
                header = cells;
            }
            else
            {
                rows.Add(new SourceRow(lineOf(row) + 1, cells));
            }
        }

        return new SourceTable(TableOrigin.Markdown, lineOf(table) + 1, header, rows);
    }

    /// <summary>
    /// Plain text of inline Markdown: escapes resolved, links and images reduced to their text
    /// (the first link target kept), code spans unwrapped, emphasis dropped, inline HTML removed
    /// but for <c>&lt;br&gt;</c>, which is a line break, and entities decoded.
    /// </summary>
    private static SourceCell Inline(ContainerInline? inline)
    {
        if (inline is null)
        {
            return SourceCell.Empty;
        }

        var text = new StringBuilder();
        string? link = null;
        Append(inline, text, ref link);
        return new SourceCell(TextCleanup.Normalize(text.ToString()), link);
    }

    private static void Append(ContainerInline container, StringBuilder text, ref string? link)
    {
        foreach (var inline in container)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    text.Append(literal.Content.AsSpan());
                    break;
                case CodeInline code:
                    text.Append(code.Content);
                    break;
                case HtmlEntityInline entity:
                    text.Append(entity.Transcoded.AsSpan());
                    break;
                case LineBreakInline lineBreak:
                    text.Append(lineBreak.IsHard ? TextCleanup.LineBreak : ' ');
                    break;
                case AutolinkInline autolink:
                    link ??= autolink.Url;
                    text.Append(autolink.Url);
                    break;
                case HtmlInline html when BreakTag().IsMatch(html.Tag):
                    text.Append(TextCleanup.LineBreak);
                    break;
                case LinkInline linked:
                    if (!linked.IsImage)
                    {
                        link ??= linked.Url;
                    }

                    Append(linked, text, ref link);
                    break;
                case ContainerInline inner:
                    Append(inner, text, ref link);
                    break;
            }
        }
    }

    /// <summary>
    /// The lines with each unclosed table row joined to the lines that continue it, and for each
    /// resulting line the zero-based line of the document it starts on.
    /// </summary>
    private static (List<string> Lines, List<int> OriginalLine) JoinContinuedRows(string[] lines)
    {
        var joined = new List<string>();
        var originalLine = new List<int>();
        var inPipedTable = false;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            var isRow = line.StartsWith('|');
            if (isRow && i + 1 < lines.Length && DelimiterPattern().IsMatch(lines[i + 1]))
            {
                inPipedTable = EndsWithPipe(line);
            }
            else if (!isRow)
            {
                inPipedTable = false;
            }

            joined.Add(lines[i]);
            originalLine.Add(i);
            if (inPipedTable && isRow && !EndsWithPipe(line) && TryContinuation(lines, i + 1, out var rest, out var next))
            {
                joined[^1] = TextCleanup.JoinLines(line, rest);
                i = next - 1;
            }
        }

        return (joined, originalLine);
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
            if (line.StartsWith('|') || line.StartsWith('#'))
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

    // At least one pipe: a lone "---" under a line is a thematic break or a heading underline.
    [GeneratedRegex(@"^(?=[^|]*\|)\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$")]
    private static partial Regex DelimiterPattern();

    [GeneratedRegex(@"^(?:[-*+•]|\d{1,3}[.)])\s+")]
    private static partial Regex ListMarkerPattern();

    [GeneratedRegex(@"\]\((?<target>[^()<>\s""'][^()<>\n""']*?\s[^()<>\n""']*?)\)")]
    private static partial Regex SpacedLinkTarget();

    [GeneratedRegex(@"^<br\s*/?>$", RegexOptions.IgnoreCase)]
    private static partial Regex BreakTag();
}
