using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using StatusCodes.Definitions.Schema;

namespace StatusCodes.Tool.Import.Reading;

/// <summary>
/// Finds the tables of codes in a document: Markdown pipe tables, HTML tables (also inside
/// Markdown), or, when there are no tables at all, lines of <c>code phrase text</c>. Each table
/// learns the identifier heading above it and that heading's first paragraph, which is how
/// generated docs carry the set name and summary.
/// </summary>
internal static class DocumentReader
{
    public static List<SourceTable> Read(string text, string fileName, bool englishTexts)
    {
        text = text.Replace("\r\n", "\n").Replace('\r', '\n');
        text = BlankFrontMatter(text);
        var lineStarts = LineStarts(text);
        int LineOf(int position)
        {
            var index = Array.BinarySearch(lineStarts, position);
            return (index >= 0 ? index : ~index - 1) + 1;
        }

        var html = HtmlReader.Read(text, LineOf);
        List<DocumentBlock> blocks;
        if (LooksLikeHtml(text, fileName))
        {
            blocks = html.Blocks;
        }
        else
        {
            // Markdown with embedded HTML tables: read the tables as HTML, the rest as Markdown.
            var markdown = Blank(text, html.TableSpans.Concat(Comments(text)));
            blocks = MarkdownReader.Read(markdown.Split('\n'), lineStarts);
            blocks.AddRange(html.Blocks.OfType<TableBlock>());
        }

        blocks.Sort((a, b) => a.Position.CompareTo(b.Position));
        var tables = AssignHeadings(blocks);
        if (tables.Count == 0)
        {
            var plain = PlainLineReader.Read(Blank(text, Comments(text)).Split('\n'), englishTexts);
            if (plain is not null)
            {
                tables.Add(plain);
            }
        }

        return tables;
    }

    private static List<SourceTable> AssignHeadings(List<DocumentBlock> blocks)
    {
        var tables = new List<SourceTable>();
        string? setHeading = null;
        string? summary = null;
        var expectSummary = false;
        foreach (var block in blocks)
        {
            switch (block)
            {
                case HeadingBlock { Level: 1 } heading:
                    setHeading = IsPlainIdentifier(heading.Text) ? heading.Text : null;
                    summary = null;
                    expectSummary = setHeading is not null;
                    break;
                case HeadingBlock:
                    expectSummary = false;
                    break;
                case ParagraphBlock paragraph when expectSummary:
                    summary = paragraph.Text;
                    expectSummary = false;
                    break;
                case TableBlock table:
                    table.Table.SetHeading = setHeading;
                    table.Table.Summary = summary;
                    summary = null;
                    expectSummary = false;
                    tables.Add(table.Table);
                    break;
            }
        }

        return tables;
    }

    /// <summary>An ASCII C# identifier, such as a set name: "HttpStatus" yes, "Status codes" or "状态码" no.</summary>
    internal static bool IsPlainIdentifier(string text)
        => text.Length > 0 && text.All(c => c is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z') or (>= '0' and <= '9') or '_') && Identifiers.IsValid(text);

    private static bool LooksLikeHtml(string text, string fileName)
    {
        if (fileName.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || fileName.EndsWith(".htm", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var start = text.TrimStart();
        return start.StartsWith("<!DOCTYPE html", StringComparison.OrdinalIgnoreCase) || start.StartsWith("<html", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>YAML front matter (between two '---' lines at the very start) is metadata, not content.</summary>
    private static string BlankFrontMatter(string text)
    {
        if (!text.StartsWith("---\n", StringComparison.Ordinal))
        {
            return text;
        }

        var end = text.IndexOf("\n---", 3, StringComparison.Ordinal);
        if (end < 0)
        {
            return text;
        }

        var close = text.IndexOf('\n', end + 4);
        close = close < 0 ? text.Length : close;
        return Blank(text, new[] { (0, close) });
    }

    private static IEnumerable<(int Start, int End)> Comments(string text)
    {
        var i = 0;
        while ((i = text.IndexOf("<!--", i, StringComparison.Ordinal)) >= 0)
        {
            var close = text.IndexOf("-->", i + 4, StringComparison.Ordinal);
            var end = close < 0 ? text.Length : close + 3;
            yield return (i, end);
            i = end;
        }
    }

    /// <summary>Replaces the given ranges with spaces, keeping line breaks so that line numbers stay right.</summary>
    private static string Blank(string text, IEnumerable<(int Start, int End)> ranges)
    {
        var builder = new StringBuilder(text);
        foreach (var (start, end) in ranges)
        {
            for (var k = start; k < end && k < builder.Length; k++)
            {
                if (builder[k] != '\n')
                {
                    builder[k] = ' ';
                }
            }
        }

        return builder.ToString();
    }

    private static int[] LineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                starts.Add(i + 1);
            }
        }

        return starts.ToArray();
    }
}
