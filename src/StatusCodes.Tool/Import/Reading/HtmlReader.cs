using System;
using System.Collections.Generic;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace StatusCodes.Tool.Import.Reading;

/// <summary>
/// Finds tables, headings and paragraphs in HTML, including HTML embedded in Markdown. A
/// forgiving scanner rather than a full parser: it reads what documentation exporters write
/// (unclosed cells, attributes everywhere, comments, nested tables) and turns row and column
/// spans into a plain grid, so a protocol cell spanning several rows repeats on each of them.
/// </summary>
internal static partial class HtmlReader
{
    private const int MaxSpan = 100;

    public sealed record Result(List<DocumentBlock> Blocks, List<(int Start, int End)> TableSpans);

    public static Result Read(string text, Func<int, int> lineOf)
    {
        var blocks = new List<DocumentBlock>();
        var spans = new List<(int, int)>();
        var tables = new Stack<TableBuilder>();
        StringBuilder? heading = null;
        var headingLevel = 0;
        var headingStart = 0;
        StringBuilder? paragraph = null;
        var paragraphStart = 0;

        var i = 0;
        while (i < text.Length)
        {
            var tagMatch = text[i] == '<' ? TagPattern().Match(text, i) : null;
            if (text[i] == '<' && text.AsSpan(i).StartsWith("<!--", StringComparison.Ordinal))
            {
                var close = text.IndexOf("-->", i + 4, StringComparison.Ordinal);
                i = close < 0 ? text.Length : close + 3;
                continue;
            }

            if (tagMatch is null || !tagMatch.Success || tagMatch.Index != i)
            {
                var next = text.IndexOf('<', i + 1);
                var end = next < 0 ? text.Length : next;
                var run = WebUtility.HtmlDecode(text.Substring(i, end - i));
                if (tables.Count > 0)
                {
                    tables.Peek().AppendText(run);
                }
                else if (heading is not null)
                {
                    heading.Append(run);
                }
                else
                {
                    paragraph?.Append(run);
                }

                i = end;
                continue;
            }

            var tagStart = i;
            i += tagMatch.Length;
            var name = tagMatch.Groups["name"].Value.ToLowerInvariant();
            var closing = tagMatch.Groups["slash"].Success;
            var attributes = tagMatch.Groups["attrs"].Value;

            if (!closing && name is "script" or "style")
            {
                var close = text.IndexOf("</" + name, i, StringComparison.OrdinalIgnoreCase);
                i = close < 0 ? text.Length : close;
                continue;
            }

            if (name == "table")
            {
                if (!closing)
                {
                    tables.Push(new TableBuilder(tagStart, lineOf(tagStart)));
                }
                else if (tables.Count > 0)
                {
                    var table = tables.Pop();
                    var built = table.Build();
                    if (built is not null)
                    {
                        blocks.Add(new TableBlock(table.Start, built));
                    }

                    if (tables.Count == 0)
                    {
                        spans.Add((table.Start, i));
                    }
                }

                continue;
            }

            if (tables.Count > 0)
            {
                tables.Peek().Tag(name, closing, attributes, lineOf(tagStart));
                continue;
            }

            if (name.Length == 2 && name[0] == 'h' && name[1] is >= '1' and <= '6')
            {
                if (!closing)
                {
                    heading = new StringBuilder();
                    headingLevel = name[1] - '0';
                    headingStart = tagStart;
                }
                else if (heading is not null)
                {
                    blocks.Add(new HeadingBlock(headingStart, headingLevel, TextCleanup.Normalize(heading.ToString())));
                    heading = null;
                }
            }
            else if (name == "p")
            {
                if (paragraph is not null)
                {
                    AddParagraph(blocks, paragraphStart, paragraph);
                }

                paragraph = closing ? null : new StringBuilder();
                paragraphStart = tagStart;
            }
            else if (name == "br")
            {
                (heading ?? paragraph)?.Append(TextCleanup.LineBreak);
            }
        }

        if (paragraph is not null)
        {
            AddParagraph(blocks, paragraphStart, paragraph);
        }

        while (tables.Count > 0)
        {
            // A table never closed: keep what it has.
            var table = tables.Pop();
            var built = table.Build();
            if (built is not null)
            {
                blocks.Add(new TableBlock(table.Start, built));
            }

            if (tables.Count == 0)
            {
                spans.Add((table.Start, text.Length));
            }
        }

        return new Result(blocks, spans);
    }

    private static void AddParagraph(List<DocumentBlock> blocks, int start, StringBuilder paragraph)
    {
        var text = TextCleanup.Normalize(paragraph.ToString());
        if (text.Length > 0)
        {
            blocks.Add(new ParagraphBlock(start, text));
        }
    }

    internal static string? Attribute(string attributes, string name)
    {
        foreach (Match match in AttributePattern().Matches(attributes))
        {
            if (match.Groups["name"].Value.Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                var value = match.Groups["dq"].Success ? match.Groups["dq"].Value
                    : match.Groups["sq"].Success ? match.Groups["sq"].Value
                    : match.Groups["bare"].Value;
                return WebUtility.HtmlDecode(value);
            }
        }

        return null;
    }

    private sealed class TableBuilder
    {
        private readonly List<(int Line, bool Header, List<Cell> Cells)> _rows = new();
        private List<Cell>? _row;
        private Cell? _cell;
        private bool _inHead;

        public TableBuilder(int start, int line)
        {
            Start = start;
            Line = line;
        }

        public int Start { get; }

        public int Line { get; }

        public void AppendText(string text)
        {
            _cell?.Text.Append(text);
        }

        public void Tag(string name, bool closing, string attributes, int line)
        {
            switch (name)
            {
                case "thead":
                    _inHead = !closing;
                    break;
                case "tr":
                    EndCell();
                    _row = null;
                    if (!closing)
                    {
                        StartRow(line);
                    }

                    break;
                case "td" or "th":
                    EndCell();
                    if (!closing)
                    {
                        if (_row is null)
                        {
                            StartRow(line);
                        }

                        _cell = new Cell(name == "th", Span(attributes, "rowspan"), Span(attributes, "colspan"));
                        _row!.Add(_cell);
                    }

                    break;
                case "br":
                    _cell?.Text.Append(TextCleanup.LineBreak);
                    break;
                case "a" when !closing && _cell is not null:
                    _cell.Link ??= Attribute(attributes, "href");
                    break;
                case "p" or "div" or "li" or "ul" or "ol" or "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "dd" or "dt":
                    // Block boundaries inside a cell separate words.
                    _cell?.Text.Append(' ');
                    break;
                case "tbody" or "tfoot":
                    _inHead = false;
                    break;
            }
        }

        /// <summary>The rows as a grid (spans repeated into every slot they cover), the first header row apart.</summary>
        public SourceTable? Build()
        {
            EndCell();
            if (_rows.Count == 0)
            {
                return null;
            }

            var grid = new List<SourceCell?[]>();
            var width = 0;
            for (var r = 0; r < _rows.Count; r++)
            {
                var column = 0;
                foreach (var cell in _rows[r].Cells)
                {
                    while (Get(grid, r, column) is not null)
                    {
                        column++;
                    }

                    var value = new SourceCell(TextCleanup.Normalize(cell.Text.ToString()), cell.Link);
                    for (var dr = 0; dr < cell.RowSpan && r + dr < _rows.Count; dr++)
                    {
                        for (var dc = 0; dc < cell.ColSpan; dc++)
                        {
                            Set(grid, r + dr, column + dc, value);
                        }
                    }

                    column += cell.ColSpan;
                    width = Math.Max(width, column);
                }
            }

            var headerIndex = _rows.Count > 1 && (_rows[0].Header || _rows[0].Cells.TrueForAll(c => c.IsHeading)) ? 0 : -1;
            IReadOnlyList<SourceCell>? header = null;
            var rows = new List<SourceRow>();
            for (var r = 0; r < _rows.Count; r++)
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
                    rows.Add(new SourceRow(_rows[r].Line, cells));
                }
            }

            return new SourceTable(TableOrigin.Html, Line, header, rows);
        }

        private void StartRow(int line)
        {
            _row = new List<Cell>();
            _rows.Add((line, _inHead, _row));
        }

        private void EndCell() => _cell = null;

        private static int Span(string attributes, string name)
        {
            var text = Attribute(attributes, name);
            return text is not null && int.TryParse(text.Trim(), out var span) && span > 1 ? Math.Min(span, MaxSpan) : 1;
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

        private sealed class Cell
        {
            public Cell(bool isHeading, int rowSpan, int colSpan)
            {
                IsHeading = isHeading;
                RowSpan = rowSpan;
                ColSpan = colSpan;
            }

            public bool IsHeading { get; }

            public int RowSpan { get; }

            public int ColSpan { get; }

            public StringBuilder Text { get; } = new();

            public string? Link { get; set; }
        }
    }

    [GeneratedRegex(@"\G<(?<slash>/)?(?<name>[A-Za-z][A-Za-z0-9]*)(?<attrs>(?:\s+[^\s""'<>/=]+(?:\s*=\s*(?:""[^""]*""|'[^']*'|[^\s""'=<>`]+))?)*)\s*/?>")]
    private static partial Regex TagPattern();

    [GeneratedRegex(@"(?<name>[^\s""'<>/=]+)(?:\s*=\s*(?:""(?<dq>[^""]*)""|'(?<sq>[^']*)'|(?<bare>[^\s""'=<>`]+)))?")]
    private static partial Regex AttributePattern();
}
