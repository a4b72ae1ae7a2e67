using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace StatusCodes.Tool.Import.Reading;

/// <summary>
/// Finds tables, headings and paragraphs in HTML, including HTML embedded in Markdown, with
/// AngleSharp's HTML5 parser: implicit <c>tbody</c>, unclosed cells, entities and nested tables
/// come out as a browser builds them. Row and column spans become a plain grid, so a protocol cell
/// spanning several rows repeats on each of them; a nested table is a table of its own.
/// </summary>
internal static partial class HtmlReader
{
    private const int MaxSpan = 100;

    private static readonly HtmlParserOptions Options = new() { IsKeepingSourceReferences = true };

    /// <param name="Blocks">Headings, paragraphs and tables in reading order.</param>
    /// <param name="TableSpans">Where each outermost table is in the text, for the Markdown reader to pass over.</param>
    public sealed record Result(List<DocumentBlock> Blocks, List<(int Start, int End)> TableSpans);

    public static Result Read(string text, Func<int, int> lineOf)
    {
        var document = new HtmlParser(Options).ParseDocument(text);
        var blocks = new List<DocumentBlock>();
        foreach (var element in document.All)
        {
            if (element.Closest("table") is { } table && table != element)
            {
                continue;
            }

            switch (element)
            {
                case IHtmlTableElement t when Build(t, lineOf) is { } built:
                    blocks.Add(new TableBlock(Start(t), built));
                    break;
                case IHtmlHeadingElement heading when !IsInside(heading, "p"):
                    blocks.Add(new HeadingBlock(Start(heading), heading.LocalName[1] - '0', CellText(heading)));
                    break;
                case IHtmlParagraphElement paragraph when !IsInside(paragraph, "h1", "h2", "h3", "h4", "h5", "h6") && CellText(paragraph) is { Length: > 0 } words:
                    blocks.Add(new ParagraphBlock(Start(paragraph), words));
                    break;
            }
        }

        // Tables inside tables were passed over above: each is a table of its own.
        foreach (var nested in document.QuerySelectorAll("table table").OfType<IHtmlTableElement>())
        {
            if (Build(nested, lineOf) is { } built)
            {
                blocks.Add(new TableBlock(Start(nested), built));
            }
        }

        return new Result(blocks, OuterTableSpans(text));
    }

    /// <summary>The rows as a grid (spans repeated into every slot they cover), the first header row apart.</summary>
    private static SourceTable? Build(IHtmlTableElement table, Func<int, int> lineOf)
    {
        var rows = table.Rows.Where(r => r.Closest("table") == table).ToList();
        if (rows.Count == 0)
        {
            return null;
        }

        var grid = new List<SourceCell?[]>();
        var width = 0;
        for (var r = 0; r < rows.Count; r++)
        {
            var column = 0;
            foreach (var cell in rows[r].Cells)
            {
                while (Get(grid, r, column) is not null)
                {
                    column++;
                }

                var value = new SourceCell(CellText(cell), FirstLink(cell));
                var rowSpan = Span(cell.GetAttribute("rowspan"));
                var colSpan = Span(cell.GetAttribute("colspan"));
                for (var dr = 0; dr < rowSpan && r + dr < rows.Count; dr++)
                {
                    for (var dc = 0; dc < colSpan; dc++)
                    {
                        Set(grid, r + dr, column + dc, value);
                    }
                }

                column += colSpan;
                width = Math.Max(width, column);
            }
        }

        var first = rows[0];
        var headerIndex = rows.Count > 1 && (first.ParentElement?.LocalName == "thead" || (first.Cells.Length > 0 && first.Cells.All(c => c.LocalName == "th"))) ? 0 : -1;
        IReadOnlyList<SourceCell>? header = null;
        var result = new List<SourceRow>();
        for (var r = 0; r < rows.Count; r++)
        {
            var cells = new List<SourceCell>();
            for (var c = 0; c < width; c++)
            {
                cells.Add(Get(grid, r, c) ?? SourceCell.Empty);
            }

            if (r == headerIndex)
            {
                header = cells;
            }
            else
            {
                result.Add(new SourceRow(lineOf(Start(rows[r])), cells));
            }
        }

        return new SourceTable(TableOrigin.Html, lineOf(Start(table)), header, result);
    }

    /// <summary>An element's words: line breaks kept, block boundaries as spaces, tables inside it, scripts and styles left out.</summary>
    private static string CellText(IElement element)
    {
        var text = new StringBuilder();
        Append(element, text);
        return TextCleanup.Normalize(text.ToString());
    }

    private static void Append(INode node, StringBuilder text)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText run:
                    text.Append(run.Data);
                    break;
                case IElement { LocalName: "table" or "script" or "style" or "template" }:
                    break;
                case IElement { LocalName: "br" }:
                    text.Append(TextCleanup.LineBreak);
                    break;
                case IElement element when IsBlock(element.LocalName):
                    text.Append(' ');
                    Append(element, text);
                    text.Append(' ');
                    break;
                case IElement element:
                    Append(element, text);
                    break;
            }
        }
    }

    private static bool IsBlock(string name)
        => name is "p" or "div" or "li" or "ul" or "ol" or "dd" or "dt" or "h1" or "h2" or "h3" or "h4" or "h5" or "h6";

    /// <summary>The first link in a cell: a code's reference, in generated docs.</summary>
    private static string? FirstLink(IElement cell)
        => cell.QuerySelectorAll("a[href]").FirstOrDefault(a => a.Closest("table") == cell.Closest("table"))?.GetAttribute("href");

    private static bool IsInside(IElement element, params string[] names)
    {
        for (var parent = element.ParentElement; parent is not null; parent = parent.ParentElement)
        {
            if (Array.IndexOf(names, parent.LocalName) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    private static int Start(IElement element) => element.SourceReference?.Position.Position ?? 0;

    private static int Span(string? value)
        => value is not null && int.TryParse(value.Trim(), out var span) && span > 1 ? Math.Min(span, MaxSpan) : 1;

    /// <summary>From each outermost <c>&lt;table</c> to the end of its closing tag (or of the text, when it is never closed).</summary>
    private static List<(int Start, int End)> OuterTableSpans(string text)
    {
        var spans = new List<(int, int)>();
        var depth = 0;
        var start = 0;
        foreach (Match tag in TableTagPattern().Matches(text))
        {
            if (tag.Groups["slash"].Success)
            {
                if (depth > 0 && --depth == 0)
                {
                    spans.Add((start, tag.Index + tag.Length));
                }
            }
            else if (depth++ == 0)
            {
                start = tag.Index;
            }
        }

        if (depth > 0)
        {
            spans.Add((start, text.Length));
        }

        return spans;
    }

    private static SourceCell? Get(List<SourceCell?[]> grid, int row, int column)
        => row < grid.Count && column < grid[row].Length ? grid[row][column] : null;

    private static void Set(List<SourceCell?[]> grid, int row, int column, SourceCell value)
    {
        while (grid.Count <= row)
        {
            grid.Add(Array.Empty<SourceCell?>());
        }

        if (grid[row].Length <= column)
        {
            var wider = new SourceCell?[column + 1];
            grid[row].CopyTo(wider, 0);
            grid[row] = wider;
        }

        grid[row][column] = value;
    }

    [GeneratedRegex(@"<(?<slash>/)?table\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex TableTagPattern();
}
