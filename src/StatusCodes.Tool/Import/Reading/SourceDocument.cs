using System.Collections.Generic;

namespace StatusCodes.Tool.Import.Reading;

internal enum TableOrigin
{
    Markdown,
    Html,
    PlainLines,
}

/// <summary>A cell's text, cleaned of markup, and the first link it held (a code's reference, in generated docs).</summary>
internal sealed record SourceCell(string Text, string? Link)
{
    public static readonly SourceCell Empty = new(string.Empty, null);
}

internal sealed record SourceRow(int Line, IReadOnlyList<SourceCell> Cells);

/// <summary>
/// A table as found in a document, before anyone decides what its columns mean. Plain-text lists
/// come as tables too, with their column roles already known.
/// </summary>
internal sealed class SourceTable
{
    public SourceTable(TableOrigin origin, int line, IReadOnlyList<SourceCell>? header, List<SourceRow> rows)
    {
        Origin = origin;
        Line = line;
        Header = header;
        Rows = rows;
    }

    public TableOrigin Origin { get; }

    /// <summary>The one-based line where the table starts.</summary>
    public int Line { get; }

    public IReadOnlyList<SourceCell>? Header { get; }

    public List<SourceRow> Rows { get; }

    /// <summary>The nearest level-one heading above the table when that heading is a plain identifier (the set name in generated docs).</summary>
    public string? SetHeading { get; set; }

    /// <summary>The paragraph right under that heading (the set summary in generated docs), given to the first table below it.</summary>
    public string? Summary { get; set; }

    /// <summary>Column roles known without looking at the header (plain-text lists).</summary>
    public IReadOnlyList<Interpreting.ColumnRole>? Roles { get; init; }
}
