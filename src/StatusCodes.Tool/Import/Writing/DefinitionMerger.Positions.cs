using System;
using System.Collections.Generic;
using System.Linq;
using StatusCodes.Definitions.Schema;
using StatusCodes.Definitions.Specs;

namespace StatusCodes.Tool.Import.Writing;

/// <summary>Finding keys in the parsed YAML and where their values start and end in the file's text, for the edits.</summary>
internal sealed partial class DefinitionMerger
{
    private static SetSpec? Set(DefinitionFileSpec spec, string name) => spec.Sets.FirstOrDefault(s => s.Name == name);

    private static KeyValuePair<YamlNode, YamlNode>? Entry(YamlNode node, string key)
    {
        if (node.Kind != YamlNodeKind.Mapping)
        {
            return null;
        }

        foreach (var entry in node.Entries)
        {
            if (entry.Key.Value == key)
            {
                return entry;
            }
        }

        return null;
    }

    private bool IsFlow(YamlNode node) => node.Location.StartIndex < _text.Length && _text[node.Location.StartIndex] is '{' or '[';

    private void ReplaceScalar(YamlNode scalar, string replacement) => _edits.Replace(scalar.Location.StartIndex, ContentEnd(scalar), replacement);

    /// <summary>Where a scalar's text ends: block scalars (| and >) run on to the next line, their content does not.</summary>
    private int ContentEnd(YamlNode scalar)
    {
        var end = Math.Min(scalar.Location.EndIndex, _text.Length);
        while (end > scalar.Location.StartIndex && char.IsWhiteSpace(_text[end - 1]))
        {
            end--;
        }

        return end;
    }

    /// <summary>Where a node's text ends, nested content included.</summary>
    private int EndOf(YamlNode node)
    {
        if (node.Kind == YamlNodeKind.Scalar)
        {
            return ContentEnd(node);
        }

        if (IsFlow(node))
        {
            return FlowEnd(node);
        }

        var last = node.Kind == YamlNodeKind.Mapping ? node.Entries.Select(e => e.Value).LastOrDefault() : node.Items.LastOrDefault();
        return last is null ? node.Location.StartIndex : EndOf(last);
    }

    /// <summary>
    /// Just after the bracket that closes a flow collection. Found by scanning (quotes honoured)
    /// rather than from the parser's end mark, which points at the bracket, not past it.
    /// </summary>
    private int FlowEnd(YamlNode node)
    {
        var depth = 0;
        for (var i = node.Location.StartIndex; i < _text.Length; i++)
        {
            var c = _text[i];
            if (c == '"')
            {
                for (i++; i < _text.Length && _text[i] != '"'; i++)
                {
                    if (_text[i] == '\\')
                    {
                        i++;
                    }
                }
            }
            else if (c == '\'')
            {
                for (i++; i < _text.Length; i++)
                {
                    if (_text[i] == '\'')
                    {
                        if (i + 1 < _text.Length && _text[i + 1] == '\'')
                        {
                            i++;
                            continue;
                        }

                        break;
                    }
                }
            }
            else if (c is '{' or '[')
            {
                depth++;
            }
            else if (c is '}' or ']' && --depth == 0)
            {
                return i + 1;
            }
        }

        throw new InvalidOperationException("A flow collection at offset " + node.Location.StartIndex + " is not closed.");
    }

    private int LineStart(int index)
    {
        var newline = index == 0 ? -1 : _text.LastIndexOf('\n', index - 1);
        return newline + 1;
    }

    /// <summary>The end of the line <paramref name="index"/> is on, before its line break (a trailing comment stays on that line).</summary>
    private int LineEnd(int index)
    {
        var newline = _text.IndexOf('\n', index);
        if (newline < 0)
        {
            return _text.Length;
        }

        return newline > 0 && _text[newline - 1] == '\r' ? newline - 1 : newline;
    }

    private string IndentOf(YamlNode key) => new(' ', key.Location.StartIndex - LineStart(key.Location.StartIndex));
}
