using System;
using System.Collections.Generic;
using StatusCodes.Definitions.Diagnostics;

namespace StatusCodes.Definitions.Schema;

internal enum YamlNodeKind
{
    Scalar,
    Mapping,
    Sequence,
}

/// <summary>A YAML node with its exact position; the parser reads the schema from these.</summary>
internal sealed class YamlNode
{
    public YamlNode(YamlNodeKind kind, SourceLocation location)
    {
        Kind = kind;
        _path = location.Path;
        (_startLine, _startColumn, _startIndex) = (location.StartLine, location.StartColumn, location.StartIndex);
        (_endLine, _endColumn, _endIndex) = (location.EndLine, location.EndColumn, location.EndIndex);
        _entries = kind == YamlNodeKind.Mapping ? new List<KeyValuePair<YamlNode, YamlNode>>() : null;
        _items = kind == YamlNodeKind.Sequence ? new List<YamlNode>() : null;
    }

    public YamlNodeKind Kind { get; }

    // The span as numbers, and a SourceLocation only when asked for: one object less per node.
    private readonly string _path;
    private readonly int _startLine;
    private readonly int _startColumn;
    private readonly int _startIndex;
    private int _endLine;
    private int _endColumn;
    private int _endIndex;

    public SourceLocation Location => new(_path, _startLine, _startColumn, _endLine, _endColumn, _startIndex, _endIndex);

    /// <summary>Moves the end, when the reader reaches the end of a mapping or sequence.</summary>
    public void SetEnd(int line, int column, int index) => (_endLine, _endColumn, _endIndex) = (line, column, index);

    /// <summary>The scalar's text (null for mappings and sequences).</summary>
    public string? Value { get; set; }

    /// <summary>True for an unquoted scalar, which may stand for null, a number or a boolean.</summary>
    public bool IsPlain { get; set; }

    // Only a mapping gets a list of entries and only a sequence a list of items: most nodes are
    // scalars, and for a file of 10,000 codes two empty lists each doubled the objects the
    // collector had to trace.
    private readonly List<KeyValuePair<YamlNode, YamlNode>>? _entries;
    private readonly List<YamlNode>? _items;

    public IReadOnlyList<KeyValuePair<YamlNode, YamlNode>> Entries => (IReadOnlyList<KeyValuePair<YamlNode, YamlNode>>?)_entries ?? Array.Empty<KeyValuePair<YamlNode, YamlNode>>();

    public IReadOnlyList<YamlNode> Items => (IReadOnlyList<YamlNode>?)_items ?? Array.Empty<YamlNode>();

    /// <summary>Adds an entry to a mapping (the reader builds the tree; no one else changes it).</summary>
    public void AddEntry(YamlNode key, YamlNode value) => _entries!.Add(new KeyValuePair<YamlNode, YamlNode>(key, value));

    /// <summary>Adds an item to a sequence.</summary>
    public void AddItem(YamlNode item) => _items!.Add(item);

    /// <summary>A plain <c>null</c>, <c>~</c> or empty scalar: YAML's null.</summary>
    public bool IsNull => Kind == YamlNodeKind.Scalar && IsPlain && (Value is null || Value.Length == 0 || Value == "~" || Value == "null" || Value == "Null" || Value == "NULL");

    public string Describe() => Kind switch
    {
        YamlNodeKind.Mapping => "a mapping",
        YamlNodeKind.Sequence => "a list",
        _ when IsNull => "empty",
        _ => "the text '" + Shorten(Value ?? string.Empty) + "'",
    };

    private static string Shorten(string text) => text.Length <= 40 ? text : text.Substring(0, 37) + "...";
}
