using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Threading;
using StatusCodes.Definitions.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace StatusCodes.Definitions.Schema;

/// <summary>
/// Reads YAML text into <see cref="YamlNode"/>s through YamlDotNet's event parser. Aliases and
/// custom tags are rejected, never expanded or instantiated, and the nesting depth is bounded,
/// so no document can make it do more work than its own length.
/// </summary>
internal sealed class YamlTreeReader
{
    private static readonly HashSet<string> CoreTags = new(StringComparer.Ordinal)
    {
        "tag:yaml.org,2002:str",
        "tag:yaml.org,2002:int",
        "tag:yaml.org,2002:map",
        "tag:yaml.org,2002:seq",
        "tag:yaml.org,2002:null",
    };

    private readonly string _path;
    private readonly DefinitionLimits _limits;
    private readonly List<DiagnosticInfo> _diagnostics;
    private readonly CancellationToken _cancellationToken;
    private Mark _lastGoodEnd = Mark.Empty;
    private string _text = string.Empty;
    private (int Line, int Column, int Index)? _endOfText;
    private int _byteOrderMark;

    public YamlTreeReader(string path, DefinitionLimits limits, List<DiagnosticInfo> diagnostics, CancellationToken cancellationToken)
    {
        _path = path;
        _limits = limits;
        _diagnostics = diagnostics;
        _cancellationToken = cancellationToken;
    }

    /// <summary>The root node of the single document, or null when the text is unusable (a finding says why).</summary>
    public YamlNode? Read(string text)
    {
        _text = text;

        // YAML allows a byte order mark at the start of the stream, but YamlDotNet reads one left in
        // the text (by a host that did not strip it) as content: the first key becomes "\uFEFFlocales".
        // It is skipped here, and positions still count it, so they point into the text as given.
        _byteOrderMark = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        try
        {
            return ReadCore(_byteOrderMark == 0 ? text : text.Substring(1));
        }
        catch (YamlException ex)
        {
            _diagnostics.Add(DiagnosticInfo.Create(DefinitionDiagnostics.MalformedYaml, ToLocation(ex.Start, ex.End), CleanMessage(ex.Message)));
            return null;
        }
        catch (ArgumentException)
        {
            // A "\\uDC00\\uD800" escape (a low surrogate before a high one) fails in YamlDotNet's
            // scanner as an ArgumentOutOfRangeException from char.ConvertToUtf32, with no position.
            _diagnostics.Add(DiagnosticInfo.Create(
                DefinitionDiagnostics.MalformedYaml,
                ToLocation(_lastGoodEnd, _lastGoodEnd),
                "an escape after this point is not a valid character (a surrogate out of order such as \"\\uDC00\\uD800\"); write the character itself"));
            return null;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // YamlDotNet reports most errors as YamlException, but some malformed input (an unclosed
            // flow sequence followed by a mapping) surfaces as InvalidOperationException with no
            // position. It is still bad input, not a crash: point just after the last sound token.
            _diagnostics.Add(DiagnosticInfo.Create(
                DefinitionDiagnostics.MalformedYaml,
                ToLocation(_lastGoodEnd, _lastGoodEnd),
                "the text after this point cannot be read; check for a missing closing bracket, brace or quote"));
            return null;
        }
    }

    private YamlNode? ReadCore(string text)
    {
        var parser = new Parser(new StringReader(text));
        var stack = new Stack<YamlNode>();
        var pendingKeys = new Stack<YamlNode?>();
        YamlNode? root = null;
        var documents = 0;
        var eventCount = 0;

        while (parser.MoveNext())
        {
            if ((++eventCount & 0x3FF) == 0)
            {
                _cancellationToken.ThrowIfCancellationRequested();
            }

            var current = parser.Current!;
            _lastGoodEnd = current.End;
            switch (current)
            {
                case DocumentStart documentStart when !documentStart.IsImplicit || documents > 0:
                    documents++;
                    if (documents > 1)
                    {
                        return Reject(current, "Multiple documents", "keep one document per file");
                    }

                    break;
                case DocumentStart:
                    documents++;
                    break;
                case AnchorAlias:
                    return Reject(current, "Anchors and aliases", "write the value out where it is needed");
                case NodeEvent node when !node.Anchor.IsEmpty:
                    return Reject(current, "Anchors and aliases", "write the value out where it is needed");
                case NodeEvent node when !node.Tag.IsEmpty && !node.Tag.IsNonSpecific && !CoreTags.Contains(node.Tag.Value):
                    return Reject(current, "Custom tags", "the tag '" + node.Tag.Value + "' is rejected; remove it");
                case Scalar scalar:
                    var scalarNode = new YamlNode(YamlNodeKind.Scalar, ToLocation(scalar.Start, scalar.End))
                    {
                        Value = scalar.Value,
                        IsPlain = scalar.Style == ScalarStyle.Plain && scalar.Tag.IsEmpty,
                    };
                    if (!Attach(scalarNode, stack, pendingKeys, ref root))
                    {
                        return null;
                    }

                    break;
                case MappingStart or SequenceStart:
                    if (stack.Count >= _limits.MaxDepth)
                    {
                        _diagnostics.Add(DiagnosticInfo.Create(
                            DefinitionDiagnostics.LimitExceeded,
                            ToLocation(current.Start, current.End),
                            "The nesting depth",
                            _limits.MaxDepth.ToString(CultureInfo.InvariantCulture) + " levels",
                            DefinitionLimits.PropertyNames.MaxDepth));
                        return null;
                    }

                    var container = new YamlNode(current is MappingStart ? YamlNodeKind.Mapping : YamlNodeKind.Sequence, ToLocation(current.Start, current.End));
                    if (!Attach(container, stack, pendingKeys, ref root))
                    {
                        return null;
                    }

                    stack.Push(container);
                    pendingKeys.Push(null);
                    break;
                case MappingEnd or SequenceEnd:
                    var finished = stack.Pop();
                    pendingKeys.Pop();
                    var (endLine, endColumn, endIndex) = Clamp(current.End);
                    finished.SetEnd(endLine, endColumn, endIndex);
                    break;
            }
        }

        return root;
    }

    private bool Attach(YamlNode node, Stack<YamlNode> stack, Stack<YamlNode?> pendingKeys, ref YamlNode? root)
    {
        if (stack.Count == 0)
        {
            root = node;
            return true;
        }

        var parent = stack.Peek();
        if (parent.Kind == YamlNodeKind.Sequence)
        {
            parent.AddItem(node);
            return true;
        }

        var key = pendingKeys.Pop();
        if (key is null)
        {
            if (node.Kind != YamlNodeKind.Scalar)
            {
                _diagnostics.Add(DiagnosticInfo.Create(DefinitionDiagnostics.UnsupportedYaml, node.Location, "Complex mapping keys", "a key must be plain text"));
                return false;
            }

            pendingKeys.Push(node);
        }
        else
        {
            parent.AddEntry(key, node);
            pendingKeys.Push(null);
        }

        return true;
    }

    private YamlNode? Reject(ParsingEvent current, string feature, string advice)
    {
        _diagnostics.Add(DiagnosticInfo.Create(DefinitionDiagnostics.UnsupportedYaml, ToLocation(current.Start, current.End), feature, advice));
        return null;
    }

    private SourceLocation ToLocation(Mark start, Mark end)
    {
        var (startLine, startColumn, startIndex) = Clamp(start);
        var (endLine, endColumn, endIndex) = Clamp(end);
        if (endIndex < startIndex)
        {
            (endLine, endColumn, endIndex) = (startLine, startColumn, startIndex);
        }

        return new SourceLocation(_path, startLine, startColumn, endLine, endColumn, startIndex, endIndex);
    }

    /// <summary>
    /// A mark as a zero-based position that exists in the text. At the end of a file without a final
    /// line break YamlDotNet reports the start of a line after the last one; that becomes the end of
    /// the last line, so editors and the compiler can show it.
    /// </summary>
    private (int Line, int Column, int Index) Clamp(Mark mark)
    {
        var index = ToInt(mark.Index) + _byteOrderMark;
        if (index < _text.Length)
        {
            var line = Math.Max(0, ToInt(mark.Line) - 1);
            return (line, Math.Max(0, ToInt(mark.Column) - 1) + (line == 0 ? _byteOrderMark : 0), index);
        }

        if (_endOfText is { } known)
        {
            return known;
        }

        var lastLine = 0;
        var lineStart = 0;
        for (var i = 0; i < _text.Length; i++)
        {
            var c = _text[i];
            if (c is '\n' or '\u0085' or '\u2028' or '\u2029' || (c == '\r' && (i + 1 == _text.Length || _text[i + 1] != '\n')))
            {
                lastLine++;
                lineStart = i + 1;
            }
        }

        _endOfText = (lastLine, _text.Length - lineStart, _text.Length);
        return _endOfText.Value;
    }

    private static int ToInt(long value) => value > int.MaxValue ? int.MaxValue : value < 0 ? 0 : (int)value;

    // YamlDotNet prefixes messages with "(Line: 1, Col: 2, Idx: 3) - (...): "; the location already says that.
    private static string CleanMessage(string message)
    {
        var text = message;
        var marker = text.IndexOf("): ", StringComparison.Ordinal);
        if (text.StartsWith("(Line:", StringComparison.Ordinal) && marker >= 0)
        {
            text = text.Substring(marker + 3);
        }

        text = text.Trim().TrimEnd('.');
        return text.Length == 0 ? "unexpected content" : char.ToLowerInvariant(text[0]) + text.Substring(1);
    }
}
