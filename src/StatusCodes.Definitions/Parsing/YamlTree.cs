using System.Collections.Generic;
using StatusCodes.Definitions.Diagnostics;

namespace StatusCodes.Definitions.Parsing;

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
        Location = location;
    }

    public YamlNodeKind Kind { get; }

    public SourceLocation Location { get; set; }

    /// <summary>The scalar's text (null for mappings and sequences).</summary>
    public string? Value { get; set; }

    /// <summary>True for an unquoted scalar, which may stand for null, a number or a boolean.</summary>
    public bool IsPlain { get; set; }

    public List<KeyValuePair<YamlNode, YamlNode>> Entries { get; } = new();

    public List<YamlNode> Items { get; } = new();

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
